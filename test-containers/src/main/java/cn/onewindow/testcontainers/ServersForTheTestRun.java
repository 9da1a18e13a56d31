package cn.onewindow.testcontainers;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the test servers in containers ({@link ServerContainers}) once per test JVM, before its first test, and stops
 * them when the JVM ends (unless they are kept for the next one). Registered with JUnit through META-INF/services, so
 * being on a test classpath is enough: the -Pcontainers build puts it on the services' and system-tests' (their poms'
 * profile "containers"). Started when the JUnit session opens, so that a failure (no Docker, a port taken) stops the
 * run there with its own message; the test plan's start is the fallback for a launcher that opens no session. Stopped
 * at the JVM's end rather than the session's: a launcher may open more than one session in a JVM.
 */
public final class ServersForTheTestRun implements LauncherSessionListener, TestExecutionListener {
    private static ServerContainers servers;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ensureStarted();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (plan.containsTests()) {
            ensureStarted();
        }
    }

    private static synchronized void ensureStarted() {
        if (servers == null) {
            ServerContainers started = ServerContainers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-servers-stop"));
            servers = started;
        }
    }
}
