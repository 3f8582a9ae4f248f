package org.guichet.forms.internal;

import org.guichet.forms.Field;

/**
 * Where a field sits in a definition.
 *
 * @param position  its rank in document order (a block's children come right after the block)
 * @param pageIndex the page holding it
 * @param pageId    that page's id
 * @param blockId   the enclosing repeatable block, or {@code null}
 * @param pointer   JSON Pointer of the field
 */
record FieldSite(Field field, int position, int pageIndex, String pageId, String blockId, String pointer) {}
