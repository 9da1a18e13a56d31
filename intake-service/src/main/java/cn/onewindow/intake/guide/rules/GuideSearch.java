package cn.onewindow.intake.guide.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Plain substring search that suits Chinese: no word splitting (Chinese has no spaces between words, so "营业执照"
 * must be found inside "需提供营业执照原件"), after folding what an applicant's keyboard varies — full-width letters,
 * digits and punctuation (ＡＭＲ，？) to their usual forms (NFKC), Latin case, and every space, the ideographic one too.
 */
public final class GuideSearch {
    /** A search longer than any question in the catalogue finds nothing anyway; refused rather than scanned. */
    public static final int MAX_QUERY = 50;

    private GuideSearch() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@code folded} is a query already {@link #fold folded}; the empty query matches everything. */
    public static boolean contains(String text, String folded) {
        return fold(text).contains(folded);
    }
}
