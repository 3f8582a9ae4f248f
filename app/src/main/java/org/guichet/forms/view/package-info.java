/** What templates need to render a form's fields: views built from a definition and the answers. */
@org.springframework.modulith.NamedInterface("view")
package org.guichet.forms.view;
