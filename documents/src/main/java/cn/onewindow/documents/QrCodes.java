package cn.onewindow.documents;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes drawn as vector squares into a PDF page: sharp at any print size, no image library needed. */
public final class QrCodes {
    private QrCodes() {
    }

    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide. */
    public static void draw(PDPageContentStream s, String text, float x, float y, float size) throws IOException {
        BitMatrix m = encode(text);
        float cell = size / m.getWidth();
        s.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        s.fill();
    }
}
