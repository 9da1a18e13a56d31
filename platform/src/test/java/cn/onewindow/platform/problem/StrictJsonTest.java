package cn.onewindow.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

class StrictJsonTest {
    record Ticket(String kind) {
    }

    static ObjectMapper mapper() {
        var mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aFieldNamedTwiceIsMalformed() {
        assertThatThrownBy(() -> mapper().readValue("{\"kind\":\"\",\"kind\":0}", Ticket.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'kind'");
    }

    @Test
    void aFieldNamedOnceIsRead() throws Exception {
        assertThat(mapper().readValue("{\"kind\":\"NORMAL\"}", Ticket.class).kind()).isEqualTo("NORMAL");
    }
}
