package cn.onewindow.ops;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.kafka.common.utils.AppInfoParser;

import picocli.CommandLine.IVersionProvider;

/** {@code ow --version}: the build's version, and the Kafka client and Java it runs on (what a bug report needs). */
final class OwVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"ow " + version() + " (OneWindow operator tool)",
                "kafka-clients " + AppInfoParser.getVersion(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
    }

    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = OwVersion.class.getResourceAsStream("ow-version.properties")) {
            if (in == null) {
                throw new IOException("ow-version.properties is missing from the build");
            }
            p.load(in);
        }
        return p.getProperty("version");
    }
}
