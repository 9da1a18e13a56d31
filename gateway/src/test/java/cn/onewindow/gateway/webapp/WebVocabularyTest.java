package cn.onewindow.gateway.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.ClockState;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.Channel;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * The web app says every term the services exchange in the user's language (#21: one vocabulary, declared once in the
 * contracts): each value of the contracts' vocabulary enums and each event type has its Chinese and English words in
 * {@code webapp/src/vocabulary.js}, so no screen shows a raw enum or event name when a service sends a term.
 */
class WebVocabularyTest {
    static final Path VOCABULARY = Path.of("src/main/webapp/src/vocabulary.js");

    @Test
    void everyTermOfTheContractsHasItsWords() throws IOException {
        String js = Files.readString(VOCABULARY);
        assertThat(section(js, "clock")).containsExactlyInAnyOrderElementsOf(names(ClockState.values()));
        assertThat(section(js, "clockKind")).containsAll(names(ClockKind.values()));
        assertThat(section(js, "path")).containsAll(names(IntakePath.values()));
        assertThat(section(js, "itemType")).containsAll(names(ItemType.values()));
        assertThat(section(js, "delivery")).containsAll(names(DeliveryMethod.values()));
        assertThat(section(js, "channel")).containsAll(names(Channel.values()));
        assertThat(section(js, "decision")).containsAll(names(DecisionOutcome.values()));
        // where a case stands in each service, as their views expose it
        assertThat(section(js, "state")).containsAll(names(IntakeCaseStatus.values()))
                .containsAll(names(ApprovalCaseStatus.values())).containsAll(names(IssuanceStatus.values()));
    }

    @Test
    void everyEventTypeHasItsWords() throws Exception {
        Set<String> events = section(Files.readString(VOCABULARY), "event");
        for (Field f : EventTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                // cn.onewindow.case.accepted.v1 → case.accepted: how the web app names it
                String type = ((String) f.get(null)).replaceFirst("^cn\\.onewindow\\.", "").replaceFirst("\\.v\\d+$", "");
                assertThat(events).as(f.getName()).contains(type);
            }
        }
    }

    /** The keys of one top-level section ({@code name: { KEY: {…}, 'a.b': {…} }}) of the vocabulary. */
    static Set<String> section(String js, String name) {
        Matcher start = Pattern.compile("(?m)^  " + Pattern.quote(name) + ": \\{\\n").matcher(js);
        assertThat(start.find()).as("section " + name).isTrue();
        String body = js.substring(start.end(), js.indexOf("\n  },", start.end()));
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = Pattern.compile("(?m)^    '?([A-Za-z0-9_.-]+)'?: \\{").matcher(body);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
