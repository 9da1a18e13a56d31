package cn.onewindow.gateway.proxy;

import java.util.List;
import java.util.stream.Collectors;

import cn.onewindow.gateway.security.PathFault;
import cn.onewindow.gateway.security.PathRefusal;
import cn.onewindow.gateway.security.PathSegments;

/**
 * Where a call goes inside the service that owns it: always under that service's own {@code /api/}. Made
 * from the raw path the browser sent (never from JAX-RS's decoded path parameter, in which {@code x%2F..}
 * has become a way out to the service's {@code /q/metrics}), checked segment by segment
 * ({@link PathSegments}) and encoded again one way ({@link PercentEncoding}), so the service reads exactly
 * the segments the gateway checked. The only way to make one is {@link #of}.
 */
public final class ServicePath {
    private final String path;
    private final String query;

    private ServicePath(String path, String query) {
        this.path = path;
        this.query = query;
    }

    /**
     * @param service  the service the gateway's route matched ({@code intake}, {@code issuance}…)
     * @param rawPath  the path as received, percent-encoded ({@code /api/issuance/public/…})
     * @param rawQuery the query as received, or null
     * @throws PathRefusal (a 400 problem) for a path that is not a clean path under {@code /api/<service>/}
     */
    public static ServicePath of(String service, String rawPath, String rawQuery) {
        List<String> segments = PathSegments.decode(rawPath);
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals(service)) {
            throw new PathRefusal(PathFault.OUTSIDE_SERVICE);
        }
        List<String> rest = segments.subList(2, segments.size());
        for (int i = 0; i < rest.size(); i++) {
            // "cases/" may end in a slash; "cases//x" and "/api/intake/" have an empty segment in their midst
            boolean trailing = i > 0 && i == rest.size() - 1;
            if (rest.get(i).isEmpty() && !trailing) {
                throw new PathRefusal(PathFault.EMPTY_SEGMENT);
            }
        }
        return new ServicePath(rest.stream().map(PercentEncoding::segment).collect(Collectors.joining("/")),
                PercentEncoding.query(rawQuery));
    }

    /** What follows the service's {@code /api/}: the path, and {@code ?query} if there is one. */
    public String pathAndQuery() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        return pathAndQuery();
    }
}
