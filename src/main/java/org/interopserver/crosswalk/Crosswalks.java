package org.interopserver.crosswalk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.interopserver.model.ModelXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crosswalk engine: every stylesheet of the registry compiled once (compiled stylesheets are thread-safe),
 * applied to a record's canonical XML to make all its renditions, each checked against its official schema.
 * Stylesheets can read nothing but their sibling files in the crosswalk source: no documents, no text files, no
 * collections, no network, no result documents.
 */
public final class Crosswalks implements Renderer {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectWriter PRETTY = JSON.writer(prettyPrinter());
    private static final String CROSSWALK_SCHEME = "crosswalk:/";

    private final Processor processor;
    private final FormatRegistry registry;
    private final SchemaValidator validator;
    private final Map<String, Compiled> formats = new LinkedHashMap<>();
    private final Map<String, XsltExecutable> imports = new LinkedHashMap<>();
    private final Map<QName, XdmValue> parameters = new LinkedHashMap<>();
    private final ThreadLocal<Map<XsltExecutable, Xslt30Transformer>> transformers =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);
    private final String fingerprint;

    private record Compiled(Format format, XsltExecutable stylesheet, XPathExecutable condition) {
    }

    private Crosswalks(CrosswalkSource source, FormatRegistry registry, SchemaValidator validator,
                       CrosswalkParameters params) {
        this.registry = registry;
        this.validator = validator;
        this.processor = new Processor(false);
        Configuration config = processor.getUnderlyingConfiguration();
        config.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        config.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "");
        config.setResourceResolver(Crosswalks::refuse);
        config.setUnparsedTextURIResolver((uri, encoding, cfg) -> {
            throw new XPathException("stylesheets may not read text resources: " + uri);
        });
        config.setCollectionFinder((context, uri) -> {
            throw new XPathException("stylesheets may not read collections: " + uri);
        });

        MessageDigest digest = sha256();
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setResourceResolver(request -> include(source, request, digest));
        List<String> compileErrors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                compileErrors.add(error.getMessage() + location(error.getLocation()));
            }
        });
        XPathCompiler conditions = processor.newXPathCompiler();
        conditions.declareNamespace("", ModelXml.NAMESPACE);
        for (Format format : registry.formats()) {
            try {
                formats.put(format.name(), new Compiled(format, compile(compiler, source, format.stylesheet(), digest),
                        conditions.compile(format.condition())));
            } catch (SaxonApiException e) {
                throw new IllegalStateException("format " + format.name() + ": " + e.getMessage() + ": "
                        + String.join("; ", compileErrors), e);
            }
        }
        for (ImportFormat format : registry.imports()) {
            try {
                imports.put(format.mediaType(), compile(compiler, source, format.stylesheet(), digest));
            } catch (SaxonApiException e) {
                throw new IllegalStateException("import " + format.mediaType() + ": " + e.getMessage() + ": "
                        + String.join("; ", compileErrors), e);
            }
        }
        byte[] vocabularies = VocabularyDocument.build();
        digest.update(vocabularies);
        source.open(FormatRegistry.FILE).ifPresent(in -> digest.update(readAll(in)));
        parameters.put(new QName("vocabularies"), parse(vocabularies));
        parameters.put(new QName("base-url"), new XdmAtomicValue(params.baseUrl()));
        parameters.put(new QName("repository-name"), new XdmAtomicValue(params.repositoryName()));
        parameters.put(new QName("repository-id"), new XdmAtomicValue(params.repositoryId()));
        parameters.put(new QName("datacentre-symbol"), new XdmAtomicValue(params.datacentreSymbol()));
        digest.update(params.toString().getBytes(StandardCharsets.UTF_8));
        this.fingerprint = HexFormat.of().formatHex(digest.digest());
    }

    /** Two spaces, one value per line, {@code "key": value}: the same bytes on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Compiles the registry's stylesheets from {@code source}; throws if any does not compile. */
    public static Crosswalks load(CrosswalkSource source, SchemaValidator validator, CrosswalkParameters params) {
        return new Crosswalks(source, FormatRegistry.load(source), validator, params);
    }

    public FormatRegistry registry() {
        return registry;
    }

    public boolean validates() {
        return registry.formats().stream().anyMatch(f -> validator.covers(f.name()));
    }

    /**
     * A digest of everything renditions depend on besides the record: stylesheets, registry, vocabularies and
     * parameters. When it changes, stored renditions are out of date.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Every rendition of the record whose canonical XML is given, in registry order; formats whose condition the
     * record does not meet are left out.
     *
     * @throws InvalidRenditionsException if any rendition fails, or is not valid against its schema
     */
    @Override
    public List<Rendition> render(byte[] canonicalXml) {
        XdmNode document = parse(canonicalXml);
        XdmNode record = documentElement(document);
        List<Rendition> renditions = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Compiled c : formats.values()) {
            try {
                if (!matches(c.condition(), record)) {
                    continue;
                }
                byte[] content = transform(c.stylesheet(), document);
                if ("json".equals(c.format().kind())) {
                    content = prettyJson(content); // also proves it is JSON
                }
                List<String> problems = c.format().isXml() ? validator.validate(c.format().name(), content) : List.of();
                if (problems.isEmpty()) {
                    renditions.add(new Rendition(c.format().name(), content));
                } else {
                    errors.put(c.format().name(), problems);
                }
            } catch (SaxonApiException | SaxonApiUncheckedException e) {
                errors.put(c.format().name(), List.of("the crosswalk failed: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRenditionsException(errors);
        }
        return renditions;
    }

    /**
     * The canonical XML of a new record made from {@code document}, a document in an import format.
     *
     * @throws DocumentRejectedException if the document is not well-formed, uses a DOCTYPE, has the wrong root or
     *                                   is not valid against the import format's schema
     */
    public byte[] importDocument(ImportFormat format, byte[] document) {
        XdmNode doc;
        try {
            doc = parse(document);
        } catch (SaxonApiUncheckedException e) {
            throw new DocumentRejectedException(parseProblem(e));
        }
        XdmNode root = documentElement(doc);
        String clark = "{" + root.getNodeName().getNamespace() + "}" + root.getNodeName().getLocalName();
        if (!clark.equals(format.root())) {
            throw new DocumentRejectedException("the root element must be " + format.root() + ", not " + clark);
        }
        List<String> invalid = validator.validate(format.validationKey(), document);
        if (!invalid.isEmpty()) {
            throw new DocumentRejectedException("the document is not valid against its schema: "
                    + String.join("; ", invalid));
        }
        try {
            return transform(imports.get(format.mediaType()), doc);
        } catch (SaxonApiException | SaxonApiUncheckedException e) {
            throw new DocumentRejectedException("the document cannot be imported: " + e.getMessage());
        }
    }

    /**
     * JSON as every JSON format is served: re-serialised with two-space indentation, key order kept, '/' not
     * escaped (XPath's xml-to-json escapes it).
     */
    private static byte[] prettyJson(byte[] json) throws SaxonApiException {
        try {
            return PRETTY.writeValueAsBytes(JSON.readTree(json));
        } catch (IOException e) {
            throw new SaxonApiException("not well-formed JSON: " + e.getMessage());
        }
    }

    private boolean matches(XPathExecutable condition, XdmNode record) throws SaxonApiException {
        XPathSelector selector = condition.load();
        selector.setContextItem(record);
        return selector.effectiveBooleanValue();
    }

    /**
     * Applies the stylesheet to a document node, as a command-line XSLT run would. Each thread keeps one transformer
     * per stylesheet: a transformer is not thread-safe but can be reused, and keeps the stylesheet's global
     * variables (lookup maps over the vocabularies) from one record to the next.
     */
    private byte[] transform(XsltExecutable stylesheet, XdmNode input) throws SaxonApiException {
        Map<XsltExecutable, Xslt30Transformer> mine = transformers.get();
        Xslt30Transformer transformer = mine.computeIfAbsent(stylesheet, this::newTransformer);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            transformer.applyTemplates(input, transformer.newSerializer(out));
        } catch (SaxonApiException | RuntimeException e) {
            mine.remove(stylesheet); // a failed run starts the next one afresh
            throw e;
        }
        return out.toByteArray();
    }

    private Xslt30Transformer newTransformer(XsltExecutable stylesheet) {
        Xslt30Transformer transformer = stylesheet.load30();
        try {
            transformer.setStylesheetParameters(parameters);
        } catch (SaxonApiException e) {
            throw new SaxonApiUncheckedException(e);
        }
        // failures reach the caller as exceptions (and a 422); nothing to print on the server's console
        transformer.setErrorReporter(error -> { });
        transformer.setResultDocumentHandler(uri -> {
            throw new SaxonApiUncheckedException(new SaxonApiException("stylesheets may not write documents: " + uri));
        });
        return transformer;
    }

    /** Parses with the hardened reader: no DOCTYPE, no entities, nothing fetched. */
    private XdmNode parse(byte[] xml) {
        try {
            return processor.newDocumentBuilder().build(new SAXSource(SafeXml.reader(),
                    new InputSource(new ByteArrayInputStream(xml))));
        } catch (SaxonApiException e) {
            throw new SaxonApiUncheckedException(e);
        }
    }

    private static XdmNode documentElement(XdmNode doc) {
        for (XdmNode child : doc.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        throw new DocumentRejectedException("the document has no root element");
    }

    private static String parseProblem(SaxonApiUncheckedException e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof SAXParseException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "unreadable" : t.getMessage();
        if (message.contains("DOCTYPE")) {
            return "documents with a DOCTYPE (DTDs, entity declarations) are not accepted";
        }
        if (t instanceof SAXParseException p) {
            return "not well-formed XML (line " + p.getLineNumber() + ", column " + p.getColumnNumber() + "): "
                    + message;
        }
        return "not well-formed XML: " + message;
    }

    private static XsltExecutable compile(XsltCompiler compiler, CrosswalkSource source, String name,
                                          MessageDigest digest) throws SaxonApiException {
        byte[] text = source.open(name).map(Crosswalks::readAll)
                .orElseThrow(() -> new IllegalStateException("stylesheet not found: " + source.uri(name)));
        digest.update(text);
        return compiler.compile(new StreamSource(new ByteArrayInputStream(text), CROSSWALK_SCHEME + name));
    }

    /** xsl:include / xsl:import: only sibling files of the crosswalk source. */
    private static Source include(CrosswalkSource source, ResourceRequest request, MessageDigest digest)
            throws XPathException {
        String uri = request.uri == null ? "" : request.uri;
        String name = uri.startsWith(CROSSWALK_SCHEME) ? uri.substring(CROSSWALK_SCHEME.length()) : null;
        Optional<InputStream> in = name == null ? Optional.empty() : source.open(name);
        if (in.isEmpty()) {
            throw new XPathException("stylesheets may only include files of the crosswalks folder: " + uri);
        }
        byte[] text = readAll(in.get());
        digest.update(text);
        return new StreamSource(new ByteArrayInputStream(text), uri);
    }

    private static String location(Location where) {
        return where == null || where.getSystemId() == null ? ""
                : " (" + where.getSystemId() + " line " + where.getLineNumber() + ")";
    }

    private static Source refuse(ResourceRequest request) throws XPathException {
        throw new XPathException("access to external resources is refused: " + request.uri);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
