package cn.onewindow.contracts.events;

/**
 * The "一件事" bundle (or the several items taken in together) a case belongs to: one submission,
 * parallel approval by every department involved, joined again before one issuance. Absent (null)
 * on a case taken in alone.
 *
 * @param bundleId   the bundle's number, {@code <hall>-B-<yyyyMMdd>-<sequence>}
 * @param bundleCode the catalogue bundle (e.g. BUNDLE-RESTAURANT), or null for items picked one by one
 * @param size       how many cases the bundle has; the join waits for this many decisions
 */
public record BundleRef(String bundleId, String bundleCode, int size) {
    public BundleRef {
        Contract.require("bundleId", bundleId);
        if (size < 2) {
            throw new cn.onewindow.contracts.MalformedEventException("a bundle has at least two cases, not " + size);
        }
    }
}
