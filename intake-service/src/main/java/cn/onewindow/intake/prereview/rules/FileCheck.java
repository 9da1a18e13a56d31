package cn.onewindow.intake.prereview.rules;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import cn.onewindow.platform.problem.ProblemException;

/**
 * What an uploaded material file is, decided by its bytes alone (a name or a Content-Type header is only the sender's
 * word): PDF, JPEG or PNG. Everything else is refused, zip containers included — OFD (版式文档) is a zip, and a zip is
 * refused rather than opened: no zip-bomb check to get right, and the window can still take an OFD in person. A PDF
 * that could act when opened (scripts, launch actions, embedded files, automatic actions) is refused, not cleaned:
 * a cleaned file is no longer what the applicant signed.
 */
public final class FileCheck {
    /** The types a material file may have, with the content type it is served back with. */
    public enum Type {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        public final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }
    }

    /**
     * PDF names that make a document act: scripts (/JavaScript, /JS), launching programs (/Launch), files carried
     * inside (/EmbeddedFile, /EmbeddedFiles), actions on open or on events (/OpenAction is refused only with a script,
     * which /JS catches; /AA fires on page and field events), and the other ways to run or fetch content.
     */
    static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA",
            "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToR", "GoToE");

    /** A compressed stream is inflated to look inside it; more than this many bytes in all is itself refused (a bomb). */
    static final long INFLATED_LIMIT = 64L * 1024 * 1024;

    private FileCheck() {
    }

    /**
     * The file's type, or the refusal (a 4xx problem) naming what is wrong.
     *
     * @param maxBytes the most a file may hold
     */
    public static Type check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(400, "file-empty", "文件为空，请重新上传", "The file is empty");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Type type = sniff(bytes);
        if (type == null) {
            throw new ProblemException(415, "file-type-not-allowed",
                    "文件类型不被接受（按文件内容判断，不按文件名）：只接受PDF、JPEG、PNG；压缩包（含OFD）请到窗口提交",
                    "File type not accepted (judged by its content, not its name): only PDF, JPEG and PNG; zip containers "
                            + "(OFD included) are handed in at the window");
        }
        if (type == Type.PDF) {
            String found = activeContent(bytes);
            if (found != null) {
                throw new ProblemException(422, "pdf-active-content",
                        "PDF文件含有可执行内容（/" + found + "），不予接收；请另存为不含脚本、附件和自动动作的PDF后重新上传",
                        "The PDF carries active content (/" + found + "); save it without scripts, attachments or "
                                + "automatic actions and upload it again");
            }
        }
        return type;
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "file-too-large", "文件过大，每个文件不超过 " + maxBytes / (1024 * 1024) + " MB",
                "The file is too large: at most " + maxBytes / (1024 * 1024) + " MB per file");
    }

    /** The type the first bytes announce (null: none allowed). */
    static Type sniff(byte[] b) {
        if (startsWith(b, new int[] {'%', 'P', 'D', 'F', '-'})) {
            return Type.PDF;
        }
        if (startsWith(b, new int[] {0xFF, 0xD8, 0xFF})) {
            return Type.JPEG;
        }
        if (startsWith(b, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Type.PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first active name in the PDF (null: none): in the file's own bytes and inside every stream that inflates
     * (object streams hide dictionaries in compressed streams). Names are read as PDF reads them, #xx escapes decoded
     * (/J#61vaScript is /JavaScript). An inflated stream is scanned as it comes, a chunk at a time, never held whole.
     */
    static String activeContent(byte[] pdf) {
        String found = activeName(pdf, pdf.length);
        if (found != null) {
            return found;
        }
        long[] inflated = {0};
        byte[] stream = "stream".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "endstream".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while ((at = indexOf(pdf, stream, at)) >= 0) {
            int start = at + stream.length;
            if (at >= 3 && pdf[at - 1] == 'd' && pdf[at - 2] == 'n' && pdf[at - 3] == 'e') { // "endstream"
                at = start;
                continue;
            }
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            int stop = indexOf(pdf, end, start);
            if (stop < 0) {
                stop = pdf.length;
            }
            found = scanInflated(pdf, start, stop - start, inflated);
            if (found != null) {
                return found;
            }
            at = stop;
        }
        return null;
    }

    private static String activeName(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != '/') {
                continue;
            }
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            while (j < length && !delimiter(b[j])) {
                if (b[j] == '#' && j + 2 < length && hex(b[j + 1]) >= 0 && hex(b[j + 2]) >= 0) {
                    name.append((char) (hex(b[j + 1]) * 16 + hex(b[j + 2])));
                    j += 3;
                } else {
                    name.append((char) (b[j] & 0xFF));
                    j++;
                }
                if (name.length() > 40) {
                    break; // no active name is this long
                }
            }
            if (ACTIVE.contains(name.toString())) {
                return name.toString();
            }
            i = j - 1;
        }
        return null;
    }

    private static boolean delimiter(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 || c == '/' || c == '(' || c == ')'
                || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '%';
    }

    private static int hex(byte c) {
        return Character.digit((char) c, 16);
    }

    /** How much of the previous chunk is scanned again with the next: a name cut by the chunk's end is read whole. */
    static final int OVERLAP = 160;
    /** How much is inflated at a time. */
    static final int CHUNK = 64 * 1024;

    /**
     * Inflates a zlib stream and scans what comes out for active names (null: none, or not a zlib stream); refused as a
     * bomb once all the streams of the file together pass {@link #INFLATED_LIMIT} ({@code inflated}: the count so far).
     */
    private static String scanInflated(byte[] b, int offset, int length, long[] inflated) {
        if (length < 2 || (b[offset] & 0x0F) != 8) { // zlib: deflate method in the first byte's low nibble
            return null;
        }
        var inflater = new Inflater();
        try {
            inflater.setInput(b, offset, length);
            byte[] window = new byte[OVERLAP + CHUNK];
            int kept = 0;
            int idle = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(window, kept, window.length - kept);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary() || ++idle > 3)) {
                    break; // the stream's bytes ended (or it went nowhere): what came out was scanned
                }
                inflated[0] += n;
                if (inflated[0] > INFLATED_LIMIT) {
                    throw new ProblemException(422, "pdf-too-deep", "PDF文件解压后过大（疑似压缩炸弹），不予接收",
                            "The PDF inflates to too much (a compression bomb?); not accepted");
                }
                int filled = kept + n;
                String found = activeName(window, filled);
                if (found != null) {
                    return found;
                }
                kept = Math.min(OVERLAP, filled);
                System.arraycopy(window, filled - kept, window, 0, kept);
            }
            return null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= b.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
