package cn.onewindow.intake.guide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition.Limit;

/** Search folds what keyboards vary; the guide's words say limits as the hall prints them. */
class GuideSearchTest {
    @Test
    void chineseIsFoundInsideWordsAndFullWidthOrSpacedInputStillMatches() {
        assertThat(GuideSearch.contains("需提供营业执照原件", GuideSearch.fold("营业执照"))).isTrue();
        assertThat(GuideSearch.contains("AMR-0001", GuideSearch.fold("ａｍｒ－０００１"))).isTrue();
        assertThat(GuideSearch.contains("可以委托他人办理吗？", GuideSearch.fold("委托 他人\u3000办理吗?"))).isTrue();
        assertThat(GuideSearch.contains("可以委托他人办理吗？", GuideSearch.fold("营业执照"))).isFalse();
        assertThat(GuideSearch.contains("任何内容", GuideSearch.fold(null))).as("no query: everything").isTrue();
    }

    @Test
    void limitsInWords() {
        assertThat(GuideWords.workingDays(0)).isEqualTo("即办");
        assertThat(GuideWords.workingDays(15)).isEqualTo("15个工作日");
        assertThat(GuideWords.limit(new Limit(240, "WORKING_MINUTES"))).isEqualTo("4小时（工作时间）");
        assertThat(GuideWords.limit(new Limit(90, "WORKING_MINUTES"))).isEqualTo("90分钟（工作时间）");
        assertThat(GuideWords.limit(new Limit(1, "WORKING_DAYS"))).isEqualTo("1个工作日");
        assertThat(GuideWords.validity(null)).isEqualTo("长期有效");
    }
}
