package cn.onewindow.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange written by hand on a socket, for requests no HTTP client will send: a path with
 * brackets, a body announced larger than it is.
 */
final class RawHttp {
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** Sends the request head (with Connection: close) and reads the answer to the end of the connection. */
    static Answer exchange(URI gateway, String method, String rawTarget, String... headerLines) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            StringBuilder head = new StringBuilder(method + " " + rawTarget + " HTTP/1.1\r\nHost: " + gateway.getHost()
                    + "\r\nConnection: close\r\nAccept: application/json\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
