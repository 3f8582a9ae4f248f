/**
 * The form engine behind démarches: the definition model an administrator builds (pages, fields,
 * conditions), its versioned JSON format, and the server-side validation of a citizen's answers.
 *
 * <p>Pure Java: no database, no web, no Spring beans. Start with {@link org.guichet.forms.FormDefinition},
 * {@link org.guichet.forms.FormJson} and {@link org.guichet.forms.FormValidator}. Messages are keys of the
 * {@code i18n/forms} bundle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package org.guichet.forms;
