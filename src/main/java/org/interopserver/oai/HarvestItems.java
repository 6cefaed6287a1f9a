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
import org.interopserver.storage.Database;
import org.interopserver.storage.HarvestRow;
import org.interopserver.storage.HarvestScope;
import org.interopserver.storage.HarvestStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * XOAI's view of the records for one request. Pages are keyset ranges over seq: the position comes from the
 * resumption token (see {@link SignedTokens}), never from an offset, so every page costs the same.
 */
final class HarvestItems implements ItemRepository {

    private final Database db;
    private final HarvestStore harvest;
    private final FormatRegistry registry;
    private final OaiIdentifiers identifiers;
    private final HarvestPosition position;

    HarvestItems(Database db, HarvestStore harvest, FormatRegistry registry, OaiIdentifiers identifiers,
                 HarvestPosition position) {
        this.db = db;
        this.harvest = harvest;
        this.registry = registry;
        this.identifiers = identifiers;
        this.position = position;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        String id = identifiers.recordId(identifier).orElseThrow(IdDoesNotExistException::new);
        // no format asked for: the row tells whether harvesters know the record, the formats what it can be had in
        OaiItem item = db.read(tx -> {
            HarvestRow row = harvest.record(tx, id, "").orElse(null);
            if (row == null) {
                return null;
            }
            // asked only by ListMetadataFormats: a tombstone has no metadata to disseminate in any format, so it is
            // offered as an item without formats (noMetadataFormats) rather than as deleted (which every format shows)
            return new OaiItem(identifiers.oaiId(id), row.datestamp(), List.of(), false, harvest.formats(tx, id), null);
        });
        if (item == null) {
            throw new IdDoesNotExistException();
        }
        return item;
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        String id = identifiers.recordId(identifier).orElseThrow(IdDoesNotExistException::new);
        String name = formatName(format);
        OaiItem item = db.read(tx -> {
            HarvestRow row = harvest.record(tx, id, name).orElse(null);
            if (row == null) {
                return null;
            }
            List<String> formats = row.content() == null ? List.of() : List.of(name);
            return item(row, formats, harvest.sets(tx, List.of(id)).getOrDefault(id, List.of()));
        });
        if (item == null) {
            throw new IdDoesNotExistException();
        }
        return item;
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

    private ResultsPage<OaiItem> page(MetadataFormat format, int max, ResumptionToken.Value token, boolean withContent) {
        String name = formatName(format);
        HarvestScope scope = new HarvestScope(name, token.getSetSpec(),
                token.hasFrom() ? token.getFrom().getEpochSecond() : null,
                token.hasUntil() ? token.getUntil().getEpochSecond() : null);
        return db.read(tx -> {
            boolean first = position.isFirstPage();
            long after = position.afterSeq;
            if (first && scope.from() != null) {
                after = Math.max(after, harvest.seqBefore(tx, scope.from()));
            }
            List<HarvestRow> rows = harvest.page(tx, scope, after, max + 1, withContent);
            boolean more = rows.size() > max;
            if (more) {
                rows = rows.subList(0, max);
            }
            long size = first ? harvest.count(tx, scope, after) : position.listSize;
            // records changed during the harvest come round again: the list grows, the cursor never passes it
            size = Math.max(size, token.getOffset() + rows.size() + (more ? 1 : 0));
            if (rows.isEmpty()) {
                return new ResultsPage<>(token, false, List.of(), 0);
            }
            Map<String, List<String>> sets = harvest.sets(tx, rows.stream().filter(r -> !r.gone())
                    .map(HarvestRow::recordId).toList());
            List<OaiItem> items = new ArrayList<>(rows.size());
            for (HarvestRow row : rows) {
                items.add(item(row, row.gone() ? List.of() : List.of(name),
                        sets.getOrDefault(row.recordId(), List.of())));
            }
            position.afterSeq = rows.get(rows.size() - 1).seq();
            position.listSize = size;
            return new ResultsPage<>(token, more, items, (int) Math.min(size, Integer.MAX_VALUE));
        });
    }

    private OaiItem item(HarvestRow row, List<String> formats, List<String> sets) {
        return new OaiItem(identifiers.oaiId(row.recordId()), row.datestamp(), row.gone() ? List.of() : sets,
                row.gone(), formats, row.content());
    }

    private String formatName(MetadataFormat format) {
        return registry.byOaiPrefix(format.getPrefix()).orElseThrow().name();
    }
}
