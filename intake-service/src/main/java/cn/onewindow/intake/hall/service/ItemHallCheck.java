package cn.onewindow.intake.hall.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.intake.hall.model.HallVersion;
import cn.onewindow.intake.hall.rules.ItemHalls;
import io.smallrye.mutiny.Uni;

/**
 * The catalogue's check of an item's hall fields (called from catalogue.service.CatalogueService before a version is
 * published): 422 {@code unknown-hall} / {@code unknown-region}, nothing written.
 */
@ApplicationScoped
public class ItemHallCheck {
    private final HallService halls;

    public ItemHallCheck(HallService halls) {
        this.halls = halls;
    }

    /** Inside the caller's session: fails when the item names a hall or a region the network does not have. */
    public Uni<Void> check(ItemDefinition item) {
        if (item.hallCode() == null && item.safeCrossRegion().isEmpty()) {
            return Uni.createFrom().voidItem(); // most items: nothing to look up
        }
        return HallVersion.latestOfEach().map(l -> l.stream().map(halls::read).toList()).invoke(known -> {
            var problem = ItemHalls.problem(item, known);
            if (problem != null) {
                throw problem;
            }
        }).replaceWithVoid();
    }

}
