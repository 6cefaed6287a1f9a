<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile on purpose: includes a file outside the crosswalks folder. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="file:///etc/hostname"/>
</xsl:stylesheet>
