/** Extension points of the document module: where document bytes are kept. */
@org.springframework.modulith.NamedInterface("spi")
package org.guichet.document.spi;
