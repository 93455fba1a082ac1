package nl.xlascorecard.core.organisation.domain;

/** Language in which an organisation receives surveys and reports. */
public enum Language {
    NL,
    EN
}
