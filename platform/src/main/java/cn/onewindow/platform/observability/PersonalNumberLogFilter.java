package cn.onewindow.platform.observability;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Masks ID-card and phone numbers in every log line before any handler writes it — the message and
 * the messages of a logged exception (a database error can quote a row) — so no log file, console or
 * log shipper ever holds one. Wired to the console handler in microprofile-config.properties.
 */
@LoggingFilter(name = "personal-numbers")
public final class PersonalNumberLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String formatted = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (PersonalNumbers.contains(formatted)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(PersonalNumbers.mask(formatted), ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(PersonalNumbers.mask(formatted));
            }
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsPersonalNumber(record.getThrown())) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }

    private static boolean mentionsPersonalNumber(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (PersonalNumbers.contains(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** A stand-in for a logged exception whose messages quote personal numbers: same trace, masked text. */
    static final class MaskedThrowable extends RuntimeException {
        private final String type;

        private MaskedThrowable(Throwable original, Throwable maskedCause) {
            super(PersonalNumbers.mask(original.getMessage()), maskedCause, false, true);
            this.type = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        static MaskedThrowable of(Throwable original) {
            Throwable cause = original.getCause();
            return new MaskedThrowable(original, cause == null || cause == original ? null : of(cause));
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? type : type + ": " + message;
        }
    }
}
