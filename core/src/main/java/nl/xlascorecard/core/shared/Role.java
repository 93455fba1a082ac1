package nl.xlascorecard.core.shared;

/** The app's roles (spec section 1). An administrator may do everything a service manager may. */
public enum Role {
    ADMINISTRATOR,
    SERVICE_MANAGER,
    AGENT,
    CUSTOMER
}
