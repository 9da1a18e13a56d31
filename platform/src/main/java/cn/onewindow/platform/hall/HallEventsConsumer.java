package cn.onewindow.platform.hall;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.HallPublished;

/**
 * Applies the hall topic ({@code onewindow.catalogue.hall.v1}, compacted, key = hall code) to this service's
 * {@link HallDirectory}. Like the calendar, each instance reads the topic from the beginning at start (a consumer group of
 * its own), so the directory is rebuilt after a restart; an older version never replaces a newer one.
 */
@ApplicationScoped
public class HallEventsConsumer {
    private static final Logger LOG = Logger.getLogger(HallEventsConsumer.class);
    private final HallDirectory halls;
    private final ObjectMapper json;

    public HallEventsConsumer(HallDirectory halls, ObjectMapper json) {
        this.halls = halls;
        this.json = json;
    }

    @Incoming("hall-events")
    public void onHall(ConsumerRecord<String, String> record) {
        HallPublished published;
        try {
            published = json.readValue(record.value(), HallPublished.class);
        } catch (Exception e) {
            throw new MalformedEventException("hall record " + record.key() + " unreadable: " + e.getMessage());
        }
        if (halls.apply(published.hall(), published.version())) {
            LOG.debugf("hall %s v%d applied", published.hall().code(), published.version());
        }
    }
}
