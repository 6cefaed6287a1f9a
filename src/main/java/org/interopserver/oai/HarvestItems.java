package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.storage.HarvestRow;
import org.interopserver.storage.HarvestScope;
import org.interopserver.storage.HarvestStore;
import org.interopserver.storage.StorageException;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * XOAI's view of the records for one request, read from the request's snapshot. Pages are keyset ranges over seq:
 * the position comes from the resumption token (see {@link SignedTokens}), never from an offset, so every page
 * costs the same.
 */
final class HarvestItems implements ItemRepository {

    private final Tx tx;
    private final HarvestStore harvest;
    private final FormatRegistry registry;
    private final OaiIdentifiers identifiers;
    private final HarvestPosition position;

    HarvestItems(Tx tx, HarvestStore harvest, FormatRegistry registry, OaiIdentifiers identifiers,
                 HarvestPosition position) {
        this.tx = tx;
        this.harvest = harvest;
        this.registry = registry;
        this.identifiers = identifiers;
        this.position = position;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        String id = identifiers.recordId(identifier).orElseThrow(IdDoesNotExistException::new);
        try {
            List<String> formats = harvest.formats(tx, id).orElseThrow(IdDoesNotExistException::new);
            // asked only by ListMetadataFormats: a tombstone has no metadata to disseminate in any format, so it is
            // offered as an item without formats (noMetadataFormats) rather than as deleted (which every format shows)
            return new OaiItem(id, identifiers.oaiId(id), null, List.of(), false, formats, null);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        String id = identifiers.recordId(identifier).orElseThrow(IdDoesNotExistException::new);
        String name = formatName(format);
        try {
            Map.Entry<HarvestRow, String> found = harvest.recordWithContent(tx, id, name)
                    .orElseThrow(IdDoesNotExistException::new);
            HarvestRow row = found.getKey();
            return item(row, name, harvest.sets(tx, List.of(id)).getOrDefault(id, List.of()),
                    RenditionChunks.of(name, id, found.getValue()));
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
                                                          int max, ResumptionToken.Value token) {
        return (ResultsPage<ItemIdentifier>) (ResultsPage<?>) page(format, max, token, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max,
                                      ResumptionToken.Value token) {
        return (ResultsPage<Item>) (ResultsPage<?>) page(format, max, token, true);
    }

    private ResultsPage<OaiItem> page(MetadataFormat format, int max, ResumptionToken.Value token,
                                      boolean withMetadata) {
        String name = formatName(format);
        HarvestScope scope = new HarvestScope(name, token.getSetSpec(),
                token.hasFrom() ? token.getFrom().getEpochSecond() : null,
                token.hasUntil() ? token.getUntil().getEpochSecond() : null);
        try {
            boolean first = position.isFirstPage();
            long after = position.afterSeq;
            if (first && scope.from() != null) {
                after = Math.max(after, harvest.seqBefore(tx, scope.from()));
            }
            List<HarvestRow> rows = harvest.page(tx, scope, after, max + 1);
            boolean more = rows.size() > max;
            if (more) {
                rows = rows.subList(0, max);
            }
            if (rows.isEmpty()) {
                return new ResultsPage<>(token, false, List.of(), 0);
            }
            long size = first ? harvest.count(tx, scope, after) : position.listSize;
            // records changed during the harvest come round again: the list grows, the cursor never passes it
            size = Math.max(size, token.getOffset() + rows.size() + (more ? 1 : 0));
            List<String> live = rows.stream().filter(r -> !r.gone()).map(HarvestRow::recordId).toList();
            Map<String, List<String>> sets = harvest.sets(tx, live);
            RenditionChunks chunks = withMetadata ? new RenditionChunks(tx, harvest, name, live) : null;
            List<OaiItem> items = new ArrayList<>(rows.size());
            for (HarvestRow row : rows) {
                items.add(item(row, name, sets.getOrDefault(row.recordId(), List.of()), chunks));
            }
            position.afterSeq = rows.get(rows.size() - 1).seq();
            position.listSize = size;
            return new ResultsPage<>(token, more, items, (int) Math.min(size, Integer.MAX_VALUE));
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    private OaiItem item(HarvestRow row, String format, List<String> sets, RenditionChunks chunks) {
        return new OaiItem(row.recordId(), identifiers.oaiId(row.recordId()), row.datestamp(),
                row.gone() ? List.of() : sets, row.gone(), row.hasFormat() ? List.of(format) : List.of(), chunks);
    }

    private String formatName(MetadataFormat format) {
        return registry.byOaiPrefix(format.getPrefix()).orElseThrow().name();
    }
}
