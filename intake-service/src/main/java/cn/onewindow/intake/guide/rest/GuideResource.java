package cn.onewindow.intake.guide.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.guide.rules.GuideSearch;
import cn.onewindow.intake.guide.rules.PublishedList;
import cn.onewindow.intake.guide.service.FaqHit;
import cn.onewindow.intake.guide.service.GuideService;
import cn.onewindow.intake.guide.service.ItemGuide;
import cn.onewindow.intake.guide.service.ItemSummary;
import cn.onewindow.platform.csv.CsvDownload;
import cn.onewindow.platform.csv.CsvExport;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.ClockProducer;
import io.smallrye.mutiny.Uni;

/**
 * The public service guide (办事指南): anyone reads it without logging in, throttled per caller like every public path
 * (PublicPaths, PublicRateLimit); through the gateway at {@code /api/intake/guide/…}. Every read is of the catalogue in
 * force now, or at {@code ?at=} (any instant, past or announced future). Query values arrive as text and are read here,
 * so a bad one is a problem answer in both languages rather than the framework's bare 404.
 */
@Path("/api/guide")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GuideResource {
    private final GuideService guide;
    private final Clock clock;

    public GuideResource(GuideService guide, Clock clock) {
        this.guide = guide;
        this.clock = clock;
    }

    /** A published list with the instant it was drawn for. */
    public record ListView(String list, String listZh, Instant at, List<ItemSummary> items) {
    }

    /** Items in force, searched by name or code ({@code q}), of one department, offered through one channel. */
    @GET
    @Path("/items")
    public Uni<List<ItemSummary>> items(@QueryParam("at") String at, @QueryParam("q") String q,
                                        @QueryParam("department") String department, @QueryParam("channel") String channel) {
        Instant when = at(at);
        return guide.items(when, query(q, false), department(department), channel(channel));
    }

    /** One item's guide, as the version in force at {@code at} has it; 404 for an item not in force then. */
    @GET
    @Path("/items/{code}")
    public Uni<ItemGuide> item(@PathParam("code") String code, @QueryParam("at") String at) {
        Instant when = at(at);
        if (code.length() > 20) {
            throw ProblemException.notFound("事项 item", code.substring(0, 20) + "…");
        }
        return guide.item(code, when);
    }

    /** The FAQ (答疑手册) of every item in force whose question or answer holds {@code q}. */
    @GET
    @Path("/faq")
    public Uni<List<FaqHit>> faq(@QueryParam("q") String q, @QueryParam("at") String at) {
        Instant when = at(at);
        return guide.faq(query(q, true), when);
    }

    static final List<String> CSV_HEADER = List.of("事项编码 code", "事项名称 item", "实施部门 department", "事项类型 type",
            "法定时限 statutory limit", "承诺时限 promised limit", "办理渠道 channels", "送达方式 delivery", "收费 fees");

    /**
     * A published list (只跑一次 only-once, 立等可取 on-the-spot, 全程网办 fully-online) as JSON, or with
     * {@code ?format=csv} as a file for download ({@link CsvExport}: UTF-8 with BOM, as the hall's other exports).
     */
    @GET
    @Path("/lists/{list}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Uni<Response> list(@PathParam("list") String list, @QueryParam("at") String at, @QueryParam("format") String format) {
        Instant when = at(at);
        PublishedList which = PublishedList.bySlug(list).orElseThrow(() -> new ProblemException(404, "unknown-list",
                "没有该清单：" + shorten(list) + "；公布的清单为：" + slugs(),
                "No such list: " + shorten(list) + "; the published lists are " + slugs()));
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"json".equals(format)) {
            throw ProblemException.invalid("invalid-format", "格式只能为 json 或 csv", "The format is json or csv");
        }
        return guide.list(which, when).map(items -> csv
                ? CsvDownload.of(which.slug() + "-" + when.atZone(ClockProducer.HALL_ZONE).toLocalDate() + ".csv",
                        CsvExport.write(CSV_HEADER, items.stream().map(GuideResource::csvRow).toList()))
                : Response.ok(new ListView(which.slug(), which.zh(), when, items), MediaType.APPLICATION_JSON).build());
    }

    private static List<Object> csvRow(ItemSummary s) {
        return Arrays.asList(s.code(), s.name(), s.departmentName(), s.itemTypeZh(), s.statutoryZh(), s.promisedZh(),
                String.join("、", s.channelsZh()), String.join("、", s.deliveryModesZh()), s.fees());
    }

    /**
     * {@code ?at=}: an ISO instant ({@code 2026-12-14T02:00:00Z}), one with an offset ({@code …T10:00:00+08:00}), or a
     * day ({@code 2026-12-14}: its start in the hall, as the web app's version picker sends it); absent: now.
     */
    Instant at(String at) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        String text = at.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ClockProducer.HALL_ZONE).toInstant();
            }
            return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("invalid-instant",
                    "时间格式不正确：" + shorten(at) + "（应为 2026-12-14T10:00:00+08:00 这样的时刻，或 2026-12-14 这样的日期）",
                    "Not an instant: " + shorten(at) + " (write one like 2026-12-14T10:00:00+08:00, or a day like 2026-12-14)");
        }
    }

    static String query(String q, boolean required) {
        if (q == null || GuideSearch.fold(q).isEmpty()) {
            if (required) {
                throw ProblemException.invalid("query-required", "请输入要搜索的内容", "Say what to search for (q)");
            }
            return null;
        }
        if (q.length() > GuideSearch.MAX_QUERY) {
            throw ProblemException.invalid("query-too-long", "搜索内容不得超过" + GuideSearch.MAX_QUERY + "个字",
                    "A search is at most " + GuideSearch.MAX_QUERY + " characters");
        }
        return q;
    }

    static String department(String department) {
        if (department == null || department.isBlank()) {
            return null;
        }
        if (!department.matches("[A-Z]{2,8}")) {
            throw ProblemException.invalid("invalid-department", "部门代码格式不正确：" + shorten(department),
                    "Not a department code: " + shorten(department));
        }
        return department;
    }

    static String channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        if (!List.of(ItemDefinition.WINDOW, ItemDefinition.ONLINE_PRE_REVIEW, ItemDefinition.POST).contains(channel)) {
            throw ProblemException.invalid("invalid-channel", "办理渠道只能为 WINDOW、ONLINE_PRE_REVIEW 或 POST",
                    "The channel is WINDOW, ONLINE_PRE_REVIEW or POST");
        }
        return channel;
    }

    private static String slugs() {
        return Arrays.stream(PublishedList.values()).map(PublishedList::slug).collect(Collectors.joining(", "));
    }

    /** What the caller sent, cut short: it goes back in the answer, and may be anything. */
    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
