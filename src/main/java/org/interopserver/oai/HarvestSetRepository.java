package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import org.interopserver.publish.HarvestSets;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.StorageException;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.util.List;

/** XOAI's view of the sets: read from the request's snapshot, so new communities and query sets show at once. */
final class HarvestSetRepository implements SetRepository {

    private final Tx tx;
    private final HarvestSets sets;
    private final CommunityStore communities;
    private final QuerySetStore querySets;
    private List<HarvestSets.SetInfo> catalogue;

    HarvestSetRepository(Tx tx, HarvestSets sets, CommunityStore communities, QuerySetStore querySets) {
        this.tx = tx;
        this.sets = sets;
        this.communities = communities;
        this.querySets = querySets;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        return catalogue().stream().map(info -> new Set(info.spec()).withName(info.name())).toList();
    }

    @Override
    public boolean exists(String setSpec) {
        return catalogue().stream().anyMatch(info -> info.spec().equals(setSpec));
    }

    private List<HarvestSets.SetInfo> catalogue() {
        if (catalogue == null) {
            try {
                catalogue = sets.catalogue(communities.list(tx), querySets.list(tx));
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
        return catalogue;
    }
}
