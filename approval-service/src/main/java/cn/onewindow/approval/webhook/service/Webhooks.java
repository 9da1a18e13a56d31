package cn.onewindow.approval.webhook.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.webhook.domain.WebhookAddress;
import cn.onewindow.approval.webhook.domain.WebhookSecret;
import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A department's webhooks: registered, listed, deleted and replayed by the department itself. Every call is limited
 * to the department in the caller's token; another department's webhook is answered exactly as one that does not exist
 * (as the department API answers another department's case). Plain SQL throughout: the delivery worker changes the
 * same rows with its own statements, and an entity written back here would undo what it recorded meanwhile.
 */
@ApplicationScoped
public class Webhooks {
    /** The first key of the transaction-scoped lock that counts a department's webhooks while one is added. */
    static final int REGISTRATION_LOCK = 7_310_003;
    private static final String VIEW = "select s.id, s.department_code, s.url, s.created_at, s.created_by, s.cursor_position, "
            + "(select count(*) from webhook_delivery d where d.department_code = s.department_code "
            + "and (d.position > s.cursor_position or d.position is null)) as backlog, "
            + "s.consecutive_failures, s.last_error, s.last_error_at, s.last_attempt_at, s.last_success_at, s.next_attempt_at "
            + "from webhook_subscription s where s.department_code = $1";

    private final Clock clock;
    private final WebhookSettings settings;
    private final WebhookEgress egress;
    private final SecureRandom random = new SecureRandom();

    public Webhooks(Clock clock, WebhookSettings settings, WebhookEgress egress) {
        this.clock = clock;
        this.settings = settings;
        this.egress = egress;
    }

    /** What registering takes: the receiver's address and, optionally, the secret the department chose. */
    public record Registration(String url, String secret) {
    }

    /**
     * A webhook as its department sees it: where it sends (without the URL's query, {@link WebhookAddress#shown}), how far its receiver has acknowledged ({@code cursor}, a
     * position), how many events wait ({@code backlog}), and how the last attempts went. The secret is never shown.
     */
    public record Webhook(UUID id, String department, String url, Instant createdAt, String createdBy, long cursor,
                          long backlog, int consecutiveFailures, String lastError, Instant lastErrorAt, Instant lastAttemptAt,
                          Instant lastSuccessAt, Instant nextAttemptAt) {
    }

    /** A new webhook and its secret, shown this once. */
    public record Registered(Webhook webhook, String secret) {
    }

    /**
     * Registers a webhook that receives the department's events from now on (replay reaches back to what is kept). Bad
     * input is refused before anything is written; so is an address whose host is not, or does not resolve only to,
     * an address approval-service may call ({@link WebhookEgress}: public ones, and the private networks configured).
     * The host is resolved before the transaction begins: no connection is held while a name server answers.
     */
    public Uni<Registered> register(String department, Registration registration, Actor actor) {
        var refusal = WebhookAddress.check(registration.url());
        if (refusal.isPresent()) {
            return Uni.createFrom().failure(invalidUrl(refusal.get()));
        }
        String secret = registration.secret() == null ? WebhookSecret.generate(random) : registration.secret();
        try {
            WebhookSecret.key(secret);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ProblemException(400, "invalid-webhook-secret",
                    "签名密钥须为 whsec_ 加 24 至 64 字节的 Base64 编码（或不填，由系统生成）",
                    "The secret must be whsec_ and the base64 of 24 to 64 bytes (or left out to have one generated): it "
                            + e.getMessage(), Map.of("secret", "it " + e.getMessage())));
        }
        String url = registration.url();
        return egress.check(WebhookAddress.endpoint(url).lookupHost()).flatMap(verdict -> verdict.allowed()
                ? Panache.withTransaction(() -> store(department, url, secret, actor))
                : Uni.createFrom().failure(invalidUrl(WebhookAddress.notPublic(url))));
    }

    private Uni<Registered> store(String department, String url, String secret, Actor actor) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // the lock first, the count in a statement of its own: its snapshot then sees a registration that held the lock
        return SessionSql.select("select 1 from (select pg_advisory_xact_lock($1, hashtext($2))) l", REGISTRATION_LOCK, department)
                .flatMap(locked -> SessionSql.select("select count(*) from webhook_subscription where department_code = $1", department))
                .flatMap(count -> {
                    if ((Long) count.get(0)[0] >= settings.perDepartment()) {
                        return Uni.createFrom().failure(ProblemException.conflict("too-many-webhooks",
                                "每个部门至多登记" + settings.perDepartment() + "个接收地址，请先删除不用的",
                                "A department may register at most " + settings.perDepartment() + " webhooks; delete one first"));
                    }
                    // from the last position given on: every event numbered later is this webhook's
                    return SessionSql.update("insert into webhook_subscription (id, department_code, url, secret, created_at, "
                                    + "created_by, cursor_position) select $1, $2, $3, $4, $5, $6, last from webhook_position where id = 1",
                            id, department, url, secret, now, actor.userId());
                })
                .flatMap(x -> load(id, department))
                .map(webhook -> new Registered(webhook, secret));
    }

    @WithSession
    public Uni<List<Webhook>> list(String department) {
        return SessionSql.select(VIEW + " order by s.created_at, s.id", department).map(rows -> rows.stream().map(Webhooks::webhook).toList());
    }

    @WithSession
    public Uni<Webhook> find(UUID id, String department) {
        return load(id, department);
    }

    /** Deletes the webhook: nothing more is sent to it. */
    @WithTransaction
    public Uni<Void> delete(UUID id, String department) {
        return SessionSql.update("delete from webhook_subscription where id = $1 and department_code = $2", id, department)
                .flatMap(n -> n == 1 ? Uni.createFrom().voidItem() : Uni.createFrom().failure(notFound(id)));
    }

    /**
     * Moves the cursor back to {@code after}: every kept event after it is sent again, in order, from the next round
     * on (and at once, even while a back-off runs — replaying to the cursor itself just tries again now). Never forward:
     * that would skip events nobody acknowledged.
     */
    @WithTransaction
    public Uni<Webhook> replay(UUID id, String department, long after) {
        return SessionSql.select("select cursor_position from webhook_subscription where id = $1 and department_code = $2 "
                        + "for update", id, department)
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().failure(notFound(id));
                    }
                    long cursor = (Long) rows.get(0)[0];
                    if (after > cursor) {
                        return Uni.createFrom().failure(new ProblemException(409, "replay-ahead-of-cursor",
                                "重发只能从已确认位置（" + cursor + "）或更早开始：向前跳过会丢失未确认的事件",
                                "Replay can start at the acknowledged position (" + cursor + ") or before it, not at " + after
                                        + ": moving forward would skip events nobody acknowledged",
                                Map.of("after", "at most " + cursor)));
                    }
                    return SessionSql.update("update webhook_subscription set cursor_position = $2, next_attempt_at = null "
                            + "where id = $1", id, after);
                })
                .flatMap(x -> load(id, department));
    }

    private Uni<Webhook> load(UUID id, String department) {
        return SessionSql.select(VIEW + " and s.id = $2", department, id).map(rows -> {
            if (rows.isEmpty()) {
                throw notFound(id);
            }
            return webhook(rows.get(0));
        });
    }

    private static ProblemException invalidUrl(WebhookAddress.Refusal refusal) {
        return new ProblemException(400, "invalid-webhook-url", "接收地址无效：" + refusal.zh(),
                "The webhook address is invalid: " + refusal.en(), Map.of("url", refusal.en()));
    }

    /** The very answer of a webhook that does not exist, for another department's too: nobody learns whose ids are real. */
    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("接收地址 webhook", id.toString());
    }

    private static Webhook webhook(Object[] r) {
        return new Webhook((UUID) r[0], (String) r[1], WebhookAddress.shown((String) r[2]), instant(r[3]), (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).intValue(), (String) r[8], instant(r[9]), instant(r[10]),
                instant(r[11]), instant(r[12]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant();
            case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            case Instant t -> t;
            default -> throw new IllegalStateException("not a time: " + value.getClass().getName());
        };
    }
}
