package cn.onewindow.intake.prereview.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;

/** Files are judged by their bytes: the allowed types, and every refusal with its own code. */
class FileCheckTest {
    static final long LIMIT = 1024;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    static byte[] pdf(String body) {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + body + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF whose object stream (compressed) holds {@code hidden}. */
    static byte[] pdfWithStream(byte[] hidden) {
        var deflater = new Deflater();
        deflater.setInput(hidden);
        deflater.finish();
        var packed = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        while (!deflater.finished()) {
            packed.write(chunk, 0, deflater.deflate(chunk));
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(packed.toByteArray());
        out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static String refusal(byte[] bytes, long limit) {
        try {
            FileCheck.check(bytes, limit);
        } catch (ProblemException e) {
            return e.status() + " " + e.code();
        }
        return "accepted";
    }

    @Test
    void theTypeIsTheContentsNotTheName() {
        assertThat(FileCheck.check(pdf(""), LIMIT)).isEqualTo(FileCheck.Type.PDF);
        assertThat(FileCheck.check(PNG, LIMIT)).isEqualTo(FileCheck.Type.PNG); // whatever it was called
        assertThat(FileCheck.check(JPEG, LIMIT)).isEqualTo(FileCheck.Type.JPEG);
        assertThat(FileCheck.Type.PNG.contentType).isEqualTo("image/png");
    }

    @Test
    void emptyTooLargeAndOtherTypesAreRefused() {
        assertThat(refusal(new byte[0], LIMIT)).isEqualTo("400 file-empty");
        assertThat(refusal(null, LIMIT)).isEqualTo("400 file-empty");
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThat(refusal(big, LIMIT)).isEqualTo("413 file-too-large");
        assertThat(refusal(java.util.Arrays.copyOf(big, (int) LIMIT), LIMIT)).isEqualTo("accepted"); // at the limit
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(refusal(exe, LIMIT)).isEqualTo("415 file-type-not-allowed");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}; // an OFD is a zip: refused, not opened
        assertThat(refusal(zip, LIMIT)).isEqualTo("415 file-type-not-allowed");
        assertThat(refusal("hello %PDF-1.7".getBytes(StandardCharsets.US_ASCII), LIMIT)).isEqualTo("415 file-type-not-allowed");
    }

    @Test
    void aPdfThatCouldActIsRefused() {
        assertThat(refusal(pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), LIMIT)).isEqualTo("422 pdf-active-content");
        assertThat(refusal(pdf("/OpenAction 3 0 R"), LIMIT)).isEqualTo("accepted"); // opening at a page is no action
        assertThat(refusal(pdf("/AA << /O 4 0 R >>"), LIMIT)).isEqualTo("422 pdf-active-content");
        assertThat(refusal(pdf("/Names << /EmbeddedFiles 5 0 R >>"), LIMIT)).isEqualTo("422 pdf-active-content");
        assertThat(refusal(pdf("/A << /S /Launch /F (cmd.exe) >>"), LIMIT)).isEqualTo("422 pdf-active-content");
        // a name spelt with #xx escapes is the same name to a PDF reader
        assertThat(refusal(pdf("/OpenAction << /S /J#61vaScript /J#53 (x) >>"), LIMIT)).isEqualTo("422 pdf-active-content");
        // /JSON or /Javascripts are other names
        assertThat(refusal(pdf("/JSON 1 /Javascripts 2"), LIMIT)).isEqualTo("accepted");
    }

    @Test
    void aScriptInsideACompressedStreamIsFound() {
        byte[] hidden = pdfWithStream("<< /S /JavaScript /JS (app.launchURL('x')) >>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(hidden, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
        assertThat(refusal(hidden, 1024 * 1024)).isEqualTo("422 pdf-active-content");
        assertThat(refusal(pdfWithStream("<< /Type /Page >>".getBytes(StandardCharsets.ISO_8859_1)), 1024 * 1024))
                .isEqualTo("accepted");
    }

    @Test
    void aNameCutByTheScansChunkIsReadWhole() {
        // the inflated stream is scanned a window at a time (64 KiB and the overlap kept from the one before): a name
        // placed across each of the first two windows' ends is found all the same
        int first = FileCheck.OVERLAP + FileCheck.CHUNK;
        for (int end : new int[] {first, first + FileCheck.CHUNK}) {
            for (int at = end - 12; at <= end + 2; at++) {
                byte[] hidden = new byte[at + 16];
                java.util.Arrays.fill(hidden, (byte) ' ');
                byte[] name = "/JavaScript".getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(name, 0, hidden, at, name.length);
                assertThat(refusal(pdfWithStream(hidden), 1024 * 1024)).as("name at %d", at).isEqualTo("422 pdf-active-content");
            }
        }
    }

    @Test
    void aStreamThatInflatesWithoutEndIsRefused() {
        byte[] bomb = pdfWithStream(new byte[(int) FileCheck.INFLATED_LIMIT + 1024]); // zeros pack to almost nothing
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refusal(bomb, 1024 * 1024)).isEqualTo("422 pdf-too-deep");
    }

    /** A PDF with one stream under {@code filter} (the dictionary's /Filter value as written) holding {@code data}. */
    static byte[] pdfWithFilter(String filter, String data) {
        return ("%PDF-1.7\n5 0 obj\n<< /Length " + data.length() + " /Filter " + filter + " >>\nstream\n" + data
                + "\nendstream\nendobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEncryptedPdfIsRefused() {
        // the scan cannot read an encrypted file's strings and streams
        assertThat(refusal(("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 9 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1), LIMIT)).isEqualTo("422 pdf-encrypted");
        assertThat(refusal(pdf("/Encr#79pt 9 0 R"), LIMIT)).isEqualTo("422 pdf-encrypted");
        // in an xref or object stream too
        assertThat(refusal(pdfWithStream("<< /Encrypt 9 0 R >>".getBytes(StandardCharsets.ISO_8859_1)), 1024 * 1024))
                .isEqualTo("422 pdf-encrypted");
    }

    @Test
    void aStreamUnderAFilterTheScanCannotReadThroughIsRefused() {
        // "<< /S /JavaScript /JS (x) >>" in hex: invisible to a scan of names
        String hex = java.util.HexFormat.of().formatHex("<< /S /JavaScript /JS (x) >>".getBytes(StandardCharsets.ISO_8859_1)) + ">";
        assertThat(refusal(pdfWithFilter("/ASCIIHexDecode", hex), 1024 * 1024)).isEqualTo("422 pdf-filter-not-allowed");
        for (String f : new String[] {"/ASCII85Decode", "/LZWDecode", "/RunLengthDecode", "/JBIG2Decode", "/JPXDecode",
                "/CCITTFaxDecode", "/Crypt", "/AHx", "[/FlateDecode /ASCIIHexDecode]", "[/ASCII85Decode]",
                "/ASCII#48exDecode", "[/FlateDecode /FlateDecode]", "7 0 R", "[7 0 R]", "[]"}) {
            assertThat(refusal(pdfWithFilter(f, "abc"), 1024 * 1024)).as(f).isEqualTo("422 pdf-filter-not-allowed");
        }
        for (String f : new String[] {"/FlateDecode", "/DCTDecode", "[/FlateDecode]", "[ /FlateDecode /DCTDecode ]",
                "/FlateDecode/DecodeParms<< /Predictor 12 >>"}) {
            assertThat(refusal(pdfWithFilter(f, "abc"), 1024 * 1024)).as(f).isEqualTo("accepted");
        }
        // a signed PDF's signature dictionary names its handler with /Filter: no stream, no refusal
        assertThat(refusal(pdf("/V << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached >>"), LIMIT))
                .isEqualTo("accepted");
    }

    @Test
    void linksOutFormsThatSendAndOtherDocumentsAreRefused() {
        for (String action : new String[] {"/S /URI /URI (http://example.com/)", "/S /SubmitForm /F (http://x)",
                "/S /ImportData /F (x.fdf)", "/S /GoToR /F (other.pdf)", "/S /GoToE /T << >>", "/S /RichMedia"}) {
            assertThat(refusal(pdf("/OpenAction << " + action + " >>"), LIMIT)).as(action).isEqualTo("422 pdf-active-content");
        }
    }

    @Test
    void aPdfOfTooManyStreamsIsRefused() {
        var many = new StringBuilder("%PDF-1.7\n");
        for (int i = 0; i < FileCheck.MAX_STREAMS; i++) {
            many.append("<< /Length 1 >>\nstream\nx\nendstream\n");
        }
        assertThat(refusal(many.toString().getBytes(StandardCharsets.ISO_8859_1), 10L * 1024 * 1024)).isEqualTo("accepted");
        many.append("<< /Length 1 >>\nstream\nx\nendstream\n%%EOF\n");
        assertThat(refusal(many.toString().getBytes(StandardCharsets.ISO_8859_1), 10L * 1024 * 1024))
                .isEqualTo("422 pdf-too-many-streams");
    }

    @Test
    void manyCompressedStreamsAreEachScannedWithTheOneWindow() {
        // the inflater and window are reused from stream to stream: a script in the last of many is still found
        byte[] one = pdfWithStream("<< /Type /Page >>".getBytes(StandardCharsets.ISO_8859_1));
        byte[] bad = pdfWithStream("<< /S /JavaScript >>".getBytes(StandardCharsets.ISO_8859_1));
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            out.writeBytes(one);
        }
        assertThat(refusal(out.toByteArray(), 10L * 1024 * 1024)).isEqualTo("accepted");
        out.writeBytes(bad);
        assertThat(refusal(out.toByteArray(), 10L * 1024 * 1024)).isEqualTo("422 pdf-active-content");
    }
}
