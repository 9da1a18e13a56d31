package cn.onewindow.contracts.events;

/**
 * One review point (审查要点) of the item version as the window clerk answered it at intake: its place in the
 * item's list (from 1), its words, CONFIRMED or FAILED, and the clerk's note. Carried on the accepted event so the
 * trail (全程留痕) keeps what the clerk checked under which catalogue version: liability turns on it.
 */
public record ReviewPointChecked(int position, String point, String outcome, String note) {
}
