package cn.onewindow.contracts.catalogue;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One version of a catalogue item with the national standard elements (三级十同) and what the window
 * needs to take files in "by the list" (照单收件). Immutable once published.
 */
public record ItemDefinition(
        @NotBlank @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2,8}") String departmentCode,
        @NotNull @Pattern(regexp = "IMMEDIATE|PROMISED|FORWARDED|JOINT") String itemType,
        @Size(max = 50) String level,
        @Min(0) @Max(365) int statutoryDays,
        @Min(0) @Max(365) int promisedDays,
        @NotBlank @Size(max = 1000) String legalBasis,
        @Size(max = 2000) String acceptanceConditions,
        @Size(max = 500) String fees,
        @NotEmpty List<@Pattern(regexp = "PERSON|ORGANISATION") String> serves,
        @NotEmpty @Size(max = 60) List<@Valid Material> materials,
        @Size(max = 60) List<@NotBlank @Size(max = 500) String> reviewPoints,
        boolean deferralAllowed,
        boolean highRisk,
        @NotEmpty List<@Pattern(regexp = "PICKUP|EXPRESS_MAIL") String> deliveryModes,
        @Size(max = 30) List<@Valid RelatedItem> relatedItems,
        @Size(max = 30) List<@Valid Faq> faq,
        @Size(max = 3) List<@Pattern(regexp = "WINDOW|ONLINE_PRE_REVIEW|POST") String> channels,
        @Valid Limit preReviewLimit,
        @Min(1) @Max(60) Integer commitmentCheckDays,
        @Min(1) @Max(50) Integer resultValidYears,
        @Pattern(regexp = "[A-Z]{2,8}") String hallCode,
        @Size(max = 50) List<@Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String> crossRegion,
        @Valid Joint joint,
        @Valid Forwarding forwarding,
        @Size(max = 10) List<@Valid Question> questions,
        @Size(max = 30) List<@Valid Situation> situations) {

    /** Where an application can be made (办理渠道); absent in versions published before channels existed: the window only. */
    public static final String WINDOW = "WINDOW";
    /** 网上预审: prepared online, checked by the pre-review post, then settled at the window. */
    public static final String ONLINE_PRE_REVIEW = "ONLINE_PRE_REVIEW";
    /** 快递寄送材料: the materials arrive by post and are taken in without the applicant. */
    public static final String POST = "POST";

    /**
     * The version as published before halls (区域通办), 联审联办 / 上报件 details and situations (情形): the home hall's
     * item, taken in at its own hall only, without situations.
     */
    public ItemDefinition(String code, String name, String departmentCode, String itemType, String level, int statutoryDays,
                          int promisedDays, String legalBasis, String acceptanceConditions, String fees, List<String> serves,
                          List<Material> materials, List<String> reviewPoints, boolean deferralAllowed, boolean highRisk,
                          List<String> deliveryModes, List<RelatedItem> relatedItems, List<Faq> faq, List<String> channels,
                          Limit preReviewLimit, Integer commitmentCheckDays, Integer resultValidYears) {
        this(code, name, departmentCode, itemType, level, statutoryDays, promisedDays, legalBasis, acceptanceConditions, fees,
                serves, materials, reviewPoints, deferralAllowed, highRisk, deliveryModes, relatedItems, faq, channels,
                preReviewLimit, commitmentCheckDays, resultValidYears, null, null, null, null, null, null);
    }

    /** The version as published before channels, pre-review limits, commitments and certificate validity existed. */
    public ItemDefinition(String code, String name, String departmentCode, String itemType, String level, int statutoryDays,
                          int promisedDays, String legalBasis, String acceptanceConditions, String fees, List<String> serves,
                          List<Material> materials, List<String> reviewPoints, boolean deferralAllowed, boolean highRisk,
                          List<String> deliveryModes, List<RelatedItem> relatedItems, List<Faq> faq) {
        this(code, name, departmentCode, itemType, level, statutoryDays, promisedDays, legalBasis, acceptanceConditions, fees,
                serves, materials, reviewPoints, deferralAllowed, highRisk, deliveryModes, relatedItems, faq, null, null, null,
                null);
    }

    /**
     * 联审联办 (JOINT items): the co-departments that give their opinions in parallel, inside the lead department's
     * limit; the lead ({@code departmentCode}) decides the one result.
     */
    public record Joint(@NotEmpty @Size(max = 10) List<@Pattern(regexp = "[A-Z]{2,8}") String> coDepartments) {
    }

    /**
     * 上报件 (FORWARDED items): the department gives its first-instance opinion within {@code firstInstanceDays} working
     * days, then forwards to the higher authority (reached through the department API as {@code authorityCode}), which
     * decides within {@code authorityDays} working days.
     */
    public record Forwarding(@NotBlank @Pattern(regexp = "[A-Z]{2,12}") String authorityCode,
                             @NotBlank @Size(max = 100) String authorityName,
                             @Min(1) @Max(365) int firstInstanceDays,
                             @Min(1) @Max(365) int authorityDays) {
    }

    /** A question the window (or the applicant) answers to find the situation (情形), e.g. 办理类型: 新设 / 变更 / 注销. */
    public record Question(@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String code,
                           @NotBlank @Size(max = 200) String text,
                           @NotEmpty @Size(max = 10) List<@Valid Option> options) {
    }

    public record Option(@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String code, @NotBlank @Size(max = 100) String label) {
    }

    /**
     * One situation (情形) of the item: chosen by the answers in {@code when} (question code → option code; every
     * question answered as it says), it asks for the {@code materials} listed (codes of the item's materials) and, where
     * set, has its own limits.
     */
    public record Situation(@NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String code,
                            @NotBlank @Size(max = 100) String name,
                            @NotEmpty java.util.Map<@NotBlank String, @NotBlank String> when,
                            @NotEmpty @Size(max = 60) List<@NotBlank String> materials,
                            @Min(0) @Max(365) Integer statutoryDays,
                            @Min(0) @Max(365) Integer promisedDays) {
    }

    /** The hall owning this item; {@code home} (the catalogue's own hall) for versions published before halls. */
    public String owningHall(String home) {
        return hallCode != null ? hallCode : home;
    }

    /** The regions (6-digit codes) whose halls may take this item in for its owning hall (通办); none before halls. */
    public List<String> safeCrossRegion() {
        return crossRegion == null ? List.of() : crossRegion;
    }

    public List<Question> safeQuestions() {
        return questions == null ? List.of() : questions;
    }

    public List<Situation> safeSituations() {
        return situations == null ? List.of() : situations;
    }

    /** One material the applicant hands in. Key (关键) materials can never be deferred (容缺). */
    public record Material(
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}") String code,
            @NotBlank @Size(max = 200) String name,
            boolean key,
            boolean originalToVerify,
            @Min(0) @Max(20) int copies,
            boolean electronicAllowed,
            boolean deferrable,
            @Size(max = 500) String template,
            @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String certificateOf,
            boolean commitmentAllowed) {

        /** A material as declared before certificate reuse and commitments existed. */
        public Material(String code, String name, boolean key, boolean originalToVerify, int copies, boolean electronicAllowed,
                        boolean deferrable, String template) {
            this(code, name, key, originalToVerify, copies, electronicAllowed, deferrable, template, null, false);
        }
    }

    /**
     * A limit counted on the hall's calendar: {@code WORKING_MINUTES} (office minutes) or {@code WORKING_DAYS}.
     */
    public record Limit(@Min(1) @Max(10000) int amount, @NotNull @Pattern(regexp = "WORKING_MINUTES|WORKING_DAYS") String unit) {
    }

    /** 前置 (PRECEDING: needed before) or 后置 (FOLLOWING: usually needed after) items. */
    public record RelatedItem(@NotBlank String code, @NotNull @Pattern(regexp = "PRECEDING|FOLLOWING") String relation) {
    }

    public record Faq(@NotBlank @Size(max = 500) String q, @NotBlank @Size(max = 2000) String a) {
    }

    /** The channels of this version: the window alone where the version names none. */
    public List<String> safeChannels() {
        return channels == null || channels.isEmpty() ? List.of(WINDOW) : channels;
    }

    public List<String> safeReviewPoints() {
        return reviewPoints == null ? List.of() : reviewPoints;
    }
}
