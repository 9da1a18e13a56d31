package cn.onewindow.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.CalendarYearPublished;

/**
 * Applies the calendar topic ({@code onewindow.calendar.v1}, compacted, key = year) to this service's
 * {@link CalendarHolder}. Each instance reads the topic from the beginning at start (its own
 * consumer group), so the calendar is rebuilt after a restart; replacing a year is idempotent.
 */
@ApplicationScoped
public class CalendarEventsConsumer {
    private static final Logger LOG = Logger.getLogger(CalendarEventsConsumer.class);
    private final CalendarHolder holder;
    private final ObjectMapper json;

    public CalendarEventsConsumer(CalendarHolder holder, ObjectMapper json) {
        this.holder = holder;
        this.json = json;
    }

    @Incoming("calendar-events")
    public void onYear(ConsumerRecord<String, String> record) {
        try {
            var published = json.readValue(record.value(), CalendarYearPublished.class);
            holder.replaceYear(String.valueOf(published.year()), published.calendar());
            LOG.debugf("calendar %d applied", published.year());
        } catch (Exception e) {
            throw new MalformedEventException("calendar record " + record.key() + " unreadable: " + e.getMessage());
        }
    }
}
