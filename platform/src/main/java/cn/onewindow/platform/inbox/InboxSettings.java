package cn.onewindow.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the {@link Inbox} treats a record it cannot apply ({@code onewindow.inbox.*}). Every property under the prefix
 * must be one of these: an unknown {@code onewindow.inbox.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.inbox")
public interface InboxSettings {
    /**
     * How often a record's own failure is tried again before it goes to the dead-letter topic (a database outage is
     * not counted: it is retried for as long as it lasts). The local test run lowers it
     * ({@code ONEWINDOW_INBOX_RETRIES}, deploy/local/suite.sh).
     */
    @WithDefault("30")
    long retries();

    /**
     * The lock timeout of the inbox's statements (the claim in {@code processed_event}, the locks on a batch's record
     * keys): a batch does not wait for ever behind a stuck one, it fails and is tried again.
     */
    @WithDefault("5000")
    long lockTimeoutMs();
}
