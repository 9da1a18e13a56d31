package cn.onewindow.contracts.vocabulary;

/**
 * Between a term's enum and its code as stored in a text column or sent in an older event: either may be absent (a
 * field added later is null in events written before it), and absent stays absent both ways.
 */
public final class Terms {
    private Terms() {
    }

    /** The term's code, or null. */
    public static String code(Enum<?> term) {
        return term == null ? null : term.name();
    }

    /** The term a code names, or null for no code; a code that is no term of {@code vocabulary} is refused. */
    public static <E extends Enum<E>> E of(Class<E> vocabulary, String code) {
        return code == null || code.isEmpty() ? null : Enum.valueOf(vocabulary, code);
    }
}
