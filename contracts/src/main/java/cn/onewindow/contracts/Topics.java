package cn.onewindow.contracts;

import java.util.ArrayList;
import java.util.List;

/**
 * Kafka topic names: the one list of them (the services, ops-cli, the deployments and the tests name topics through this
 * class; {@code TopicsDeclaredOnceTest} checks the deployment files against it). Versioned: a breaking change to an
 * event's value gets a new topic (v2), so consumers of v1 keep working while they migrate. Every case topic is keyed by
 * case number.
 */
public final class Topics {
    public static final String INTAKE_CASE = "onewindow.intake.case.v1";
    public static final String ROUTING_CASE = "onewindow.routing.case.v1";
    public static final String APPROVAL_CASE = "onewindow.approval.case.v1";
    public static final String ISSUANCE_CASE = "onewindow.issuance.case.v1";
    public static final String EVALUATION_CASE = "onewindow.evaluation.case.v1";
    /**
     * The applicant's contact (phone, e-mail) for notices, keyed by case id: personal data kept off the
     * case topics, read only by issuance (compacted: a correction replaces it).
     */
    public static final String INTAKE_CONTACT = "onewindow.intake.contact.v1";

    /** 叫号: the calling queue's tickets, keyed {@code DAY:TICKET} (not case events; read by the boards and statistics). */
    public static final String QUEUE = "onewindow.queue.v1";
    /** 事项目录: catalogue item versions, keyed {@code CODE@vN} (compacted: each version is kept). */
    public static final String CATALOGUE_ITEM = "onewindow.catalogue.item.v1";
    /** 授权: the window's delegations in force, keyed {@code HALL:ITEM} (compacted: the latest per item). */
    public static final String DELEGATION = "onewindow.delegation.v1";
    /** 区域通办: the halls of the network, keyed by hall code (compacted: the latest of each hall). */
    public static final String HALL = "onewindow.catalogue.hall.v1";
    /** 法定节假日: the official calendar, keyed by year (compacted: the latest per year). */
    public static final String CALENDAR = "onewindow.calendar.v1";
    /**
     * The outbox channel's default topic: every outbox record names its own topic, so a record here is a bug (no
     * service reads it; the deployments create it so that such a record is kept for the operator, not lost).
     */
    public static final String UNADDRESSED = "onewindow.unaddressed.v1";

    /** The five case topics, in the order a case passes them. */
    public static final List<String> CASE_TOPICS = List.of(INTAKE_CASE, ROUTING_CASE, APPROVAL_CASE, ISSUANCE_CASE,
            EVALUATION_CASE);
    /** The topics whose brokers keep only the latest record of a key (cleanup.policy=compact). */
    public static final List<String> COMPACTED = List.of(INTAKE_CONTACT, CATALOGUE_ITEM, DELEGATION, CALENDAR, HALL);
    /** The services that consume and so dead-letter: each has its own dead-letter topic ({@link #deadLetters}). */
    public static final List<String> CONSUMING_SERVICES = List.of("intake", "routing", "approval", "issuance",
            "evaluation", "gateway");

    /** Every event topic (not the dead-letter topics). */
    public static List<String> events() {
        var all = new ArrayList<String>();
        all.add(QUEUE);
        all.addAll(CASE_TOPICS);
        all.addAll(COMPACTED);
        return List.copyOf(all);
    }

    /** Where a service's consumers put the records they cannot apply: {@code onewindow.<service>.dlq.v1}. */
    public static String deadLetters(String service) {
        return "onewindow." + service + ".dlq.v1";
    }

    /** Every dead-letter topic. */
    public static List<String> deadLetterTopics() {
        return CONSUMING_SERVICES.stream().map(Topics::deadLetters).toList();
    }

    /** Every topic of the suite: the events', the dead letters' and {@link #UNADDRESSED}. */
    public static List<String> all() {
        var all = new ArrayList<String>(events());
        all.addAll(deadLetterTopics());
        all.add(UNADDRESSED);
        return List.copyOf(all);
    }

    private Topics() {
    }
}
