package cn.onewindow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A written decision's reasons may run to thousands of characters, and the remedies and the deciding
 * authority come after them: a page that is full continues on the next, never cut at its bottom (it was:
 * a copy was one page, and whatever did not fit was drawn below the margin or lost).
 */
class LongDocumentTest {
    @Test
    void textBeyondOnePageRunsOnToTheNextAndNothingIsLost() throws Exception {
        String reasons = "理由：" + "申请材料中的住所使用证明与实际经营场所不符，经现场核查确认。".repeat(100); // ≈ 3,000 characters
        List<String> lines = new ArrayList<>(List.of(reasons, "依据：《中华人民共和国市场主体登记管理条例》第二十六条"));
        lines.add("如不服本决定，可以自收到本决定书之日起60日内向廊坊市人民政府申请行政复议，");
        lines.add("或者自收到本决定书之日起6个月内依法向人民法院提起行政诉讼。");
        lines.add("作出决定机关：市场监督管理局（印章）");
        byte[] pdf = new DocumentRenderer(QrCodesTest.FONT).render(new DocumentRenderer.Document("不予许可决定书", "DX-20261130-000001",
                null, lines, List.of("申请人留存", "存档")));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("each copy runs on to a further page").isGreaterThanOrEqualTo(4);
            String text = new PDFTextStripper().getText(doc).replace("\n", "").replace("\r", "");
            // every copy carries the end of the letter, whole
            assertThat(text.split("作出决定机关：市场监督管理局（印章）", -1)).hasSize(3);
            assertThat(text).contains("60日内向廊坊市人民政府申请行政复议", "6个月内依法向人民法院提起行政诉讼", "（续，第2页）");
            // without the continuation pages' headings, the reasons read whole, in both copies
            String body = text.replaceAll("不予许可决定书 · [^·]+ · 编号 DX-20261130-000001（续，第\\d+页）", "");
            assertThat(body.split(java.util.regex.Pattern.quote(reasons), -1)).hasSize(3);
        }
    }
}
