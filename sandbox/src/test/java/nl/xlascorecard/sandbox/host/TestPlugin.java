package nl.xlascorecard.sandbox.host;

import java.nio.file.Path;

import nl.xlascorecard.sandbox.SandboxConfig;

/**
 * Tests of the host itself run it with a small test plugin (sandbox-test-plugin.xml), so they test
 * the host's behaviour independent of the real plugin's pages and data.
 */
final class TestPlugin {

    static final String DESCRIPTOR = "sandbox-test-plugin.xml";

    private TestPlugin() {
    }

    static SandboxConfig config(Path data) {
        return SandboxConfig.forTests(data).withDescriptor(DESCRIPTOR);
    }
}
