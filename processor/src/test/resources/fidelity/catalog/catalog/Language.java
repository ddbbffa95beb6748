package catalog;

/** The languages product texts are translated into; a map key stored by name. */
public enum Language {
    EN, DE, FR, ES
}
