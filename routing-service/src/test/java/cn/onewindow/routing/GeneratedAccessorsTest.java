package cn.onewindow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.BundleRef;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's {@code GeneratedAccessors}: the service's one mapper (requests, responses, events) reads and writes
 * properties through generated lambdas, and an event still reads back as what was written.
 */
@QuarkusTest
class GeneratedAccessorsTest {
    @Inject
    ObjectMapper json;

    @Test
    void theServicesMapperUsesGeneratedAccessors() {
        assertThat(json.getRegisteredModuleIds()).contains(new BlackbirdModule().getTypeId());
    }

    @Test
    void anEventReadsBackAsWritten() throws Exception {
        Instant t = Instant.parse("2026-12-03T01:02:03.456789Z");
        var clerk = new Actor("u-1", "clerk1", "张三", "WINDOW_CLERK", "HALL", null, "AMR-0001@3");
        var routed = new CaseRouted("DX-20261203-0001", "AMR-0001", "食品经营许可", "AMR", "AMR-queue", ItemType.PROMISED, 5,
                "廊坊测试有限公司", DeliveryMethod.PICKUP, t, t.plusSeconds(1), clerk, new BundleRef("b-1", "BD-1", 2),
                IntakePath.SETTLED_ON_SPOT, clerk, null, t, "DX", "DX", "JZ");

        assertThat(json.readValue(json.writeValueAsString(routed), CaseRouted.class)).isEqualTo(routed);
    }
}
