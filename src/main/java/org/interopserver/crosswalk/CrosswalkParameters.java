package org.interopserver.crosswalk;

/** What the stylesheets know about the server (the {@code xsl:param}s of {@code common.xsl}). */
public record CrosswalkParameters(String baseUrl, String repositoryName, String repositoryId, String datacentreSymbol) {
}
