package cn.onewindow.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the window's documents as printable A4 PDFs in Chinese, with the CJK font embedded
 * (subset), so the text can be printed anywhere and extracted again. Each copy starts on a page of its own
 * and runs on to further pages when its text is long: a receipt is made in three (applicant, travels with the
 * file, window archive).
 */
public final class DocumentRenderer {
    /**
     * {@code qr}: text to print as a QR code at the bottom right (e.g. a verification link), or null;
     * {@code verificationCode}: null when the document has none.
     */
    public record Document(String title, String number, String verificationCode, List<String> lines, List<String> copies,
                           String qr) {
        public Document(String title, String number, String verificationCode, List<String> lines, List<String> copies) {
            this(title, number, verificationCode, lines, copies, null);
        }
    }

    private final File fontFile;
    private final AtomicReference<TrueTypeFont> font = new AtomicReference<>();

    public DocumentRenderer(File fontFile) {
        this.fontFile = fontFile;
    }

    public byte[] render(Document doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(pdf, font(), true);
            for (String copy : doc.copies()) {
                renderCopy(pdf, cjk, doc, copy);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + doc.title() + " failed", e);
        }
    }

    /**
     * One copy: its first page with the heading (and the QR code), then as many continuation pages as the
     * text needs — a written decision's reasons may be long, and its remedies and authority come after them,
     * so nothing is ever cut at the bottom of a page.
     */
    private static void renderCopy(PDDocument pdf, PDType0Font cjk, Document doc, String copy) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDPageContentStream s = new PDPageContentStream(pdf, page);
        try {
            if (doc.qr() != null) {
                QrCodes.draw(s, doc.qr(), 445, 50, 110); // bottom right, clear of the text
            }
            float bottom = doc.qr() != null ? 180 : 80; // the QR code keeps the bottom right of the first page
            float y = 780;
            y = line(s, cjk, 20, 70, y, doc.title());
            y = line(s, cjk, 11, 70, y - 6, copy);
            // a letter no one looks up publicly (a written decision) has no verification code to print
            y = line(s, cjk, 11, 70, y - 4, "编号 No.: " + doc.number()
                    + (doc.verificationCode() == null ? "" : "    核验码 Verification: " + doc.verificationCode()));
            y -= 10;
            int pageNo = 1;
            for (String l : doc.lines()) {
                for (String wrapped : wrap(l, 40)) {
                    if (y < bottom) {
                        s.close();
                        page = new PDPage(PDRectangle.A4);
                        pdf.addPage(page);
                        s = new PDPageContentStream(pdf, page);
                        pageNo++;
                        y = line(s, cjk, 11, 70, 780, doc.title() + " · " + copy + " · 编号 " + doc.number() + "（续，第" + pageNo + "页）");
                        y -= 10;
                        bottom = 80;
                    }
                    y = line(s, cjk, 12, 70, y, wrapped);
                }
            }
        } finally {
            s.close();
        }
    }

    private static float line(PDPageContentStream s, PDType0Font f, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(f, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
        return y - size * 1.6f;
    }

    /** Breaks a line into pieces of at most {@code width} characters (CJK text has no spaces to break at). */
    static List<String> wrap(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            parts.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return parts;
    }

    /** The font collection's first face (WenQuanYi Zen Hei), parsed once. */
    private TrueTypeFont font() throws IOException {
        TrueTypeFont f = font.get();
        if (f == null) {
            if (!fontFile.isFile()) {
                throw new IOException("CJK font not found: " + fontFile + " (install Debian's fonts-wqy-zenhei)");
            }
            TrueTypeCollection ttc = new TrueTypeCollection(fontFile);
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(t -> first.compareAndSet(null, t));
            font.compareAndSet(null, first.get());
            f = font.get();
        }
        return f;
    }
}
