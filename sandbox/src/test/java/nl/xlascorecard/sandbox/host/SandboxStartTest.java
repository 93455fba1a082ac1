package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.xlascorecard.sandbox.PortInUseException;
import nl.xlascorecard.sandbox.SandboxMain;
import nl.xlascorecard.sandbox.SandboxServer;

/** Starting and stopping the sandbox: ports, clean shutdown, data kept across restarts. */
class SandboxStartTest {

    @TempDir
    Path data;

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> SandboxServer.start(TestPlugin.config(data).withPort(taken.getLocalPort())))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("-Dsandbox.port=");
        }
    }

    @Test
    void mainPrintsOneSentenceAndExitsWithOneWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsandbox.port=" + taken.getLocalPort(), "-Dsandbox.data=" + data.resolve("main"),
                    "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(out).isBlank();
            assertThat(err).hasSize(1);
            assertThat(err.get(0)).startsWith("Port " + taken.getLocalPort() + " is already in use")
                    .contains("-Dsandbox.port=").doesNotContain("Exception");
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        SandboxServer first = SandboxServer.start(TestPlugin.config(data));
        try (Connection connection = first.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE RESTART_MARKER (NAME VARCHAR(20))");
            statement.execute("INSERT INTO RESTART_MARKER VALUES ('kept')");
        }
        first.stop();

        SandboxServer second = SandboxServer.start(TestPlugin.config(data));
        try (Connection connection = second.database().connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT NAME FROM RESTART_MARKER")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        } finally {
            second.stop();
        }
    }

    @Test
    void aRandomPortIsChosenAndServesUnderJira() {
        SandboxServer server = SandboxServer.start(TestPlugin.config(data));
        try {
            assertThat(server.port()).isPositive();
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/jira");
            assertThat(server.client(null).get("/").statusCode()).isEqualTo(302);
        } finally {
            server.stop();
        }
    }
}
