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

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
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
     * A response and the configuration it was made with: its resumption token is formatted (with the page's keyset
     * position) when the response is written.
     */
    public record Answer(OAIPMH response, RepositoryConfiguration configuration) {
    }

    /** Answers one request (GET query or POST form parameters). Never throws for bad input: that is an OAI error. */
    public Answer handle(Map<String, String[]> parameters) {
        HarvestPosition position = new HarvestPosition();
        String verbName = parameters.containsKey("verb") && parameters.get("verb").length == 1
                ? parameters.get("verb")[0] : "";
        RepositoryConfiguration configuration = configuration(verbName, position);
        ErrorHandler errors = new ErrorHandler(configuration);
        RawRequest raw;
        try {
            raw = RequestBuilder.buildRawRequest(parameters);
        } catch (OAIException e) {
            return new Answer(errors.handle(new OAIPMH(), e), configuration);
        }
        Request request = raw.hasErrors() ? null : OaiRequests.compile(raw, endpoint());
        if (raw.hasErrors()) {
            return new Answer(errors.handle(new OAIPMH(), raw), configuration);
        }
        Instant responseDate = null;
        if (isFirstListPage(raw.getVerb(), request)) {
            db.inTransaction(tx -> {
                harvest.awaitWritesInFlight(tx);
                return null;
            });
            responseDate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        Repository repository = new Repository(configuration)
                .withItemRepository(new HarvestItems(db, harvest, registry, identifiers, position))
                .withSetRepository(new HarvestSetRepository(db, sets, communities, querySets));
        OAIPMH response = new DataProvider(context, repository).handle(request);
        if (response.hasErrors() && response.getErrors().stream().noneMatch(e -> BARE_REQUEST_ERRORS.contains(e.getCode()))) {
            // the protocol wants the request echoed with its arguments for every error but badVerb/badArgument
            response.withRequest(request);
        }
        if (responseDate != null) {
            response.withResponseDate(responseDate);
        }
        return new Answer(response, configuration);
    }

    /** Writes the response as XML with a stylesheet instruction, so a browser shows a readable page. */
    public void write(Answer answer, OutputStream out) throws XMLStreamException {
        try (XmlWriter writer = new XmlWriter(out, answer.configuration())) {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStylesheet(settings.baseUrl() + "/" + STYLESHEET);
            answer.response().write(writer);
            writer.writeEndDocument();
            writer.flush();
        }
    }

    private static boolean isFirstListPage(Verb.Type verb, Request request) {
        return (verb == Verb.Type.ListRecords || verb == Verb.Type.ListIdentifiers)
                && request.getResumptionToken().isEmpty();
    }

    private RepositoryConfiguration configuration(String verb, HarvestPosition position) {
        RepositoryConfiguration.RepositoryConfigurationBuilder builder =
                new RepositoryConfiguration.RepositoryConfigurationBuilder()
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
                        .withResumptionTokenFormat(new SignedTokens(signer, verb, position));
        if (verb.equals("Identify")) {
            Instant earliest = db.read(harvest::earliestDatestamp).orElse(clock.instant())
                    .truncatedTo(ChronoUnit.SECONDS);
            String sample = db.read(harvest::sampleRecordId).orElse("example");
            builder.withEarliestDate(earliest);
            if (DOMAIN.matcher(settings.repositoryId()).matches()) {
                builder.withDescription(oaiIdentifierDescription(identifiers.oaiId(sample)));
            }
        } else {
            builder.withEarliestDate(Instant.EPOCH);
        }
        return builder.build();
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
