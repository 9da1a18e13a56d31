package cn.onewindow.intake.prereview.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import cn.onewindow.platform.problem.ProblemException;

/**
 * What an uploaded material file is, decided by its bytes alone (a name or a Content-Type header is only the sender's
 * word): PDF, JPEG or PNG. Everything else is refused, zip containers included — OFD (版式文档) is a zip, and a zip is
 * refused rather than opened: no zip-bomb check to get right, and the window can still take an OFD in person. A PDF
 * that could act when opened (scripts, launch actions, embedded files, automatic actions) is refused, not cleaned:
 * a cleaned file is no longer what the applicant signed. The scan sees only what it can read: the file's bytes and its
 * streams inflated once, so a PDF it cannot read through is refused too — an encrypted one (/Encrypt), a stream under
 * any filter but /FlateDecode and /DCTDecode (ASCIIHex, ASCII85, LZW, RunLength, JBIG2, JPX, Crypt … could carry an
 * object stream the scan never reads), a stream under /FlateDecode twice, and a file of more streams than any scanned
 * form or certificate has.
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
     * which /JS catches; /AA fires on page and field events), and the other ways to run or fetch content: links out
     * (/URI), forms that send or fetch data (/SubmitForm, /ImportData), other documents (/GoToR, /GoToE), media
     * (/RichMedia) and XML forms (/XFA).
     */
    static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA",
            "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToR", "GoToE", "URI");
    /** An encrypted PDF: its strings and streams are unreadable to the scan. */
    static final String ENCRYPT = "Encrypt";
    /** The filters a stream may carry: what the scan reads through (Flate) and plain JPEG image data (DCT). */
    static final Set<String> FILTERS = Set.of("FlateDecode", "DCTDecode");
    /** A signature dictionary's /Filter (ISO 32000 12.8): the signature handlers in use, Chinese CAs' included. */
    static final Set<String> SIGNATURE_HANDLERS = Set.of("Adobe.PPKLite", "Adobe.PPKMS", "Entrust.PPKEF", "CICI.SignIt",
            "VeriSign.PPKVS");
    /** More streams than this is refused: a real scan or form has a few hundred; each stream costs an inflate. */
    static final int MAX_STREAMS = 10_000;

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
            if (ENCRYPT.equals(found)) {
                throw new ProblemException(422, "pdf-encrypted",
                        "PDF文件已加密（含/Encrypt），内容无法检查，不予接收；请去除密码和权限限制后重新上传",
                        "The PDF is encrypted (/Encrypt): its content cannot be checked; remove the password and "
                                + "restrictions and upload it again");
            }
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
        checkFilters(pdf);
        long[] inflated = {0};
        // one window and one inflater for the whole file: a file of many small streams costs no allocation per stream
        var scan = new Scan(new Inflater(), new byte[OVERLAP + CHUNK], inflated);
        byte[] stream = "stream".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "endstream".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        int streams = 0;
        try {
            while ((at = indexOf(pdf, stream, at)) >= 0) {
                int start = at + stream.length;
                if (at >= 3 && pdf[at - 1] == 'd' && pdf[at - 2] == 'n' && pdf[at - 3] == 'e') { // "endstream"
                    at = start;
                    continue;
                }
                if (++streams > MAX_STREAMS) {
                    throw new ProblemException(422, "pdf-too-many-streams",
                            "PDF文件含有过多数据流（超过 " + MAX_STREAMS + " 个），不予接收；请重新生成或扫描后上传",
                            "The PDF has too many streams (over " + MAX_STREAMS + "); make or scan it afresh and upload it");
                }
                found = scanStream(pdf, start, end, scan);
                if (found != null) {
                    return found;
                }
                at = Math.max(start, scan.stop);
            }
            return null;
        } finally {
            scan.inflater.end();
        }
    }

    /** What the scan of one file reuses from stream to stream. */
    private static final class Scan {
        final Inflater inflater;
        final byte[] window;
        final long[] inflated;
        int stop;

        Scan(Inflater inflater, byte[] window, long[] inflated) {
            this.inflater = inflater;
            this.window = window;
            this.inflated = inflated;
        }
    }

    /** Inflates and scans the stream whose data starts after its keyword at {@code start}; {@code scan.stop}: its end. */
    private static String scanStream(byte[] pdf, int start, byte[] end, Scan scan) {
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
        scan.stop = stop;
        return scanInflated(pdf, start, stop - start, scan);
    }

    /**
     * Every /Filter in the file's own bytes (where stream dictionaries are: never inside an object stream) names only
     * {@link #FILTERS} — a name, or an array of names with /FlateDecode at most once (the scan inflates once) — or a
     * signature handler ({@link #SIGNATURE_HANDLERS}: a signed PDF's /Sig dictionary has a /Filter too; as a stream's
     * filter such a name decodes nothing, so its bytes are the raw ones already scanned). Read over the whole file once,
     * not dictionary by dictionary: no parse to fool with a string that looks like the end of a dictionary.
     */
    static void checkFilters(byte[] pdf) {
        int[] next = {0};
        for (int i = 0; i < pdf.length; i++) {
            if (pdf[i] != '/') {
                continue;
            }
            String name = name(pdf, i + 1, pdf.length, next);
            if ("Filter".equals(name)) {
                List<String> filters = filterValue(pdf, next[0], pdf.length);
                if (filters.size() == 1 && SIGNATURE_HANDLERS.contains(filters.get(0))) {
                    continue;
                }
                long flates = filters.stream().filter("FlateDecode"::equals).count();
                var bad = filters.stream().filter(f -> !FILTERS.contains(f)).findFirst();
                if (filters.isEmpty() || bad.isPresent() || flates > 1) {
                    String what = bad.orElse(filters.isEmpty() ? "?" : "FlateDecode ×" + flates);
                    throw new ProblemException(422, "pdf-filter-not-allowed",
                            "PDF文件的数据流使用了不被接受的编码（/" + what + "），内容无法检查，不予接收；只接受 /FlateDecode 和 /DCTDecode，"
                                    + "请另存为标准PDF后重新上传",
                            "A stream of the PDF is encoded with a filter the check cannot read through (/" + what
                                    + "); only /FlateDecode and /DCTDecode are accepted: save it as a standard PDF and upload it again");
                }
            }
            i = Math.max(i, next[0] - 1);
        }
    }

    /** A /Filter's value: a name, or an array of names; anything else (a reference, a string) is no name at all. */
    private static List<String> filterValue(byte[] b, int from, int to) {
        int i = from;
        while (i < to && whitespace(b[i])) {
            i++;
        }
        List<String> out = new ArrayList<>();
        int[] next = {0};
        if (i < to && b[i] == '/') {
            out.add(name(b, i + 1, to, next));
            return out;
        }
        if (i < to && b[i] == '[') {
            i++;
            while (true) {
                while (i < to && whitespace(b[i])) {
                    i++;
                }
                if (i < to && b[i] == ']') {
                    return out;
                }
                if (i >= to || b[i] != '/') {
                    out.add("?"); // not a name: refused
                    return out;
                }
                out.add(name(b, i + 1, to, next));
                i = next[0];
            }
        }
        out.add("?"); // an indirect reference or anything else: refused
        return out;
    }

    /** The name starting at {@code from} (after its slash), #xx decoded; {@code next[0]}: where it ends. */
    private static String name(byte[] b, int from, int to, int[] next) {
        StringBuilder name = new StringBuilder();
        int j = from;
        while (j < to && !delimiter(b[j])) {
            if (b[j] == '#' && j + 2 < to && hex(b[j + 1]) >= 0 && hex(b[j + 2]) >= 0) {
                name.append((char) (hex(b[j + 1]) * 16 + hex(b[j + 2])));
                j += 3;
            } else {
                name.append((char) (b[j] & 0xFF));
                j++;
            }
        }
        next[0] = j;
        return name.toString();
    }

    private static boolean whitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
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
            if (ACTIVE.contains(name.toString()) || ENCRYPT.equals(name.toString())) {
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
    private static String scanInflated(byte[] b, int offset, int length, Scan scan) {
        if (length < 2 || (b[offset] & 0x0F) != 8) { // zlib: deflate method in the first byte's low nibble
            return null;
        }
        var inflater = scan.inflater;
        long[] inflated = scan.inflated;
        byte[] window = scan.window;
        inflater.reset();
        try {
            inflater.setInput(b, offset, length);
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
