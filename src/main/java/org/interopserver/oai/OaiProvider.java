package org.interopserver.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.handlers.ErrorHandler;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.dataprovider.request.RequestBuilder;
import io.gdcc.xoai.dataprovider.request.RequestBuilder.RawRequest;
import io.gdcc.xoai.exceptions.OAIException;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.xml.XmlWriter;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.publish.HarvestSets;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.HarvestStore;
import org.interopserver.storage.QuerySetStore;

import org.interopserver.storage.Tx;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The OAI-PMH data provider: XOAI handles the protocol; the records, sets and tokens are ours. One instance serves
 * every request; the per-request parts (token position, item repository) are made for each request.
 */
public final class OaiProvider {

    /** Path of the browser stylesheet, relative to the endpoint. */
    public static final String STYLESHEET = "oai/browser.xsl";

    private static final Logger LOG = Logger.getLogger(OaiProvider.class.getName());
    /** What OAI-PMH.xsd accepts as adminEmail, and oai-identifier.xsd as repositoryIdentifier. */
    private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");
    private static final Pattern DOMAIN = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");

    private static final Set<Error.Code> BARE_REQUEST_ERRORS = EnumSet.of(Error.Code.BAD_ARGUMENT, Error.Code.BAD_VERB);

    /** Identity and limits of the repository as Identify states them. */
    public record Settings(String baseUrl, String repositoryName, String repositoryId, String adminEmail,
                           int pageSize) {
    }

    private final Database db;
    private final HarvestStore harvest;
    private final HarvestSets sets;
    private final CommunityStore communities;
    private final QuerySetStore querySets;
    private final FormatRegistry registry;
    private final TokenSigner signer;
    private final Settings settings;
    private final Clock clock;
    private final Context context;
    private final OaiIdentifiers identifiers;

    public OaiProvider(Database db, HarvestStore harvest, HarvestSets sets, CommunityStore communities,
                       QuerySetStore querySets, FormatRegistry registry, TokenSigner signer, Settings settings,
                       Clock clock) {
        this.db = db;
        this.harvest = harvest;
        this.sets = sets;
        this.communities = communities;
        this.querySets = querySets;
        this.registry = registry;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        this.identifiers = new OaiIdentifiers(settings.repositoryId());
        if (!EMAIL.matcher(settings.adminEmail()).matches()) {
            // Identify would not be valid OAI-PMH: refuse to start rather than serve it
            throw new IllegalArgumentException("INTEROP_ADMIN_EMAIL must be an address like admin@example.org (OAI-PMH"
                    + " requires a domain with a dot), not '" + settings.adminEmail() + "'");
        }
        if (!DOMAIN.matcher(settings.repositoryId()).matches()) {
            LOG.warning(() -> "INTEROP_REPOSITORY_ID '" + settings.repositoryId() + "' is not a domain name: Identify"
                    + " leaves out the oai-identifier description (set it to your domain, e.g. repo.example.org)");
        }
        this.context = Context.context();
        for (Format f : registry.formats()) {
            if (f.isHarvestable()) {
                // a record can be disseminated in a format when it has a rendition in it; tombstones in every format
                context.withMetadataFormat(MetadataFormat.metadataFormat(f.oaiPrefix())
                        .withNamespace(f.namespace())
                        .withSchemaLocation(f.schemaLocation())
                        .withCondition(() -> item -> item.isDeleted()
                                || ((OaiItem) item).formats().contains(f.name())));
            }
        }
    }

    public String endpoint() {
        return settings.baseUrl() + "/oai";
    }

    /**
     * Answers one request (GET query or POST form parameters) by writing the response to {@code out}. Bad input is
     * an OAI error in the response, never an exception. Everything a list page shows, headers and metadata, is read
     * from one database snapshot, the metadata a few records at a time while it is written.
     */
    public void respond(Map<String, String[]> parameters, OutputStream out) {
        String verbName = parameters.containsKey("verb") && parameters.get("verb").length == 1
                ? parameters.get("verb")[0] : "";
        RepositoryConfiguration bare = bare();
        RawRequest raw;
        try {
            raw = RequestBuilder.buildRawRequest(parameters);
        } catch (OAIException e) {
            write(new ErrorHandler(bare).handle(new OAIPMH(), e), bare, out);
            return;
        }
        Request request = OaiRequests.compile(raw, endpoint());
        if (raw.hasErrors()) {
            write(new ErrorHandler(bare).handle(new OAIPMH(), raw), bare, out);
            return;
        }
        boolean list = raw.getVerb() == Verb.Type.ListRecords || raw.getVerb() == Verb.Type.ListIdentifiers;
        Instant responseDate = null;
        if (list && request.getResumptionToken().isEmpty()) {
            db.inTransaction(tx -> {
                harvest.awaitWritesInFlight(tx);
                return null;
            });
            responseDate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        Request checked = request;
        Instant date = responseDate;
        // a list page reads headers, then metadata while it is written: one snapshot keeps them in agreement; the
        // other verbs read what they show in single statements and need no snapshot (which costs a GetRecord)
        Database.TxWork<Void> work = tx -> {
            HarvestPosition position = new HarvestPosition();
            RepositoryConfiguration configuration = configuration(tx, verbName, position);
            Repository repository = new Repository(configuration)
                    .withItemRepository(new HarvestItems(tx, harvest, registry, identifiers, position))
                    .withSetRepository(new HarvestSetRepository(tx, sets, communities, querySets));
            OAIPMH response = new DataProvider(context, repository).handle(checked);
            if (response.hasErrors()
                    && response.getErrors().stream().noneMatch(e -> BARE_REQUEST_ERRORS.contains(e.getCode()))) {
                // the protocol wants the request echoed with its arguments for every error but badVerb/badArgument
                response.withRequest(checked);
            }
            if (date != null) {
                response.withResponseDate(date);
            }
            // written inside the snapshot: the metadata is read while it is written, and the resumption token is
            // formatted (with the page's keyset position) as it is written
            write(response, configuration, out);
            return null;
        };
        if (list) {
            db.snapshot(work);
        } else {
            db.read(work);
        }
    }

    /** Writes the response as XML with a stylesheet instruction, so a browser shows a readable page. */
    private void write(OAIPMH response, RepositoryConfiguration configuration, OutputStream out) {
        try (XmlWriter writer = new XmlWriter(out, configuration)) {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStylesheet(settings.baseUrl() + "/" + STYLESHEET);
            response.write(writer);
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("could not write the OAI-PMH response", e));
        }
    }

    /** The configuration of a response that reads nothing from the database (an argument error). */
    private RepositoryConfiguration bare() {
        return builder(new SignedTokens(signer, "", new HarvestPosition())).withEarliestDate(Instant.EPOCH).build();
    }

    private RepositoryConfiguration configuration(Tx tx, String verb, HarvestPosition position) throws SQLException {
        RepositoryConfiguration.RepositoryConfigurationBuilder builder =
                builder(new SignedTokens(signer, verb, position));
        if (verb.equals("Identify")) {
            Instant earliest = harvest.earliestDatestamp(tx).orElse(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
            String sample = harvest.sampleRecordId(tx).orElse("example");
            builder.withEarliestDate(earliest);
            if (DOMAIN.matcher(settings.repositoryId()).matches()) {
                builder.withDescription(oaiIdentifierDescription(identifiers.oaiId(sample)));
            }
        } else {
            builder.withEarliestDate(Instant.EPOCH);
        }
        return builder.build();
    }

    private RepositoryConfiguration.RepositoryConfigurationBuilder builder(SignedTokens tokens) {
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(settings.repositoryName())
                .withBaseUrl(endpoint())
                .withAdminEmail(settings.adminEmail())
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withGranularity(Granularity.Second)
                .withCompression("gzip")
                .withCompression("deflate")
                .withMaxListRecords(settings.pageSize())
                .withMaxListIdentifiers(settings.pageSize())
                .withMaxListSets(1000)
                .withResumptionTokenFormat(tokens);
    }

    private String oaiIdentifierDescription(String sample) {
        return "<oai-identifier xmlns=\"http://www.openarchives.org/OAI/2.0/oai-identifier\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai-identifier"
                + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd\">"
                + "<scheme>oai</scheme><repositoryIdentifier>" + settings.repositoryId() + "</repositoryIdentifier>"
                + "<delimiter>:</delimiter><sampleIdentifier>" + sample + "</sampleIdentifier></oai-identifier>";
    }
}
