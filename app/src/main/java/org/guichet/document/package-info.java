/**
 * Documents: files uploaded by usagers and agents (pièces justificatives) and the PDFs the platform
 * generates (accusés de réception, decisions). Bytes live in a {@link org.guichet.document.spi.DocumentStore}
 * chosen by configuration; each document's metadata is a tenant-owned row under row-level security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document")
package org.guichet.document;
