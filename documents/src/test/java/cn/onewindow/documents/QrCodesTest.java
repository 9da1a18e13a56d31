package cn.onewindow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** A document with a QR code: rendered, its text extracted and its QR code read back from the page image. */
class QrCodesTest {
    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Test
    void theQrCodeOnThePageReadsBackAsItsText() throws Exception {
        String link = "http://127.0.0.1:8080/api/issuance/public/certificates/EC-DX-20261123-000001";
        byte[] pdf = new DocumentRenderer(FONT).render(new DocumentRenderer.Document("电子证照 营业执照", "EC-DX-20261123-000001",
                "k-1", List.of("持证主体：廊坊临空科技有限公司"), List.of("电子证照"), link));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("电子证照 营业执照", "廊坊临空科技有限公司");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
        }
    }
}
