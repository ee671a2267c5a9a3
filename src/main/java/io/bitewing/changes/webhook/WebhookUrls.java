package io.bitewing.changes.webhook;

import io.bitewing.shared.web.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the service may send a webhook. A URL a tenant registers makes the service call it, so it must not reach
 * what only the service can reach: https only, and a host that resolves to public addresses only (no loopback,
 * link-local, private, shared or unique-local ranges, no multicast or wildcard). The check runs when an endpoint is
 * saved and again before every attempt, so a name that later resolves inward is refused at delivery. Hosts the
 * operator lists in {@code bitewing.webhooks.allowed-hosts} pass as they are, over http too.
 */
@Component
class WebhookUrls {

    private final WebhookSettings settings;

    WebhookUrls(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The URL as it will be called; 422 naming {@code url} when it may not be. */
    URI require(String url) {
        Optional<String> reason = refusal(url);
        if (reason.isPresent()) {
            throw ApiException.Invalid.body("url", reason.get());
        }
        return URI.create(url.strip());
    }

    /** Why the URL may not be called now, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials; authenticate the delivery by its signature");
        }
        if (uri.getFragment() != null) {
            return Optional.of("must not carry a fragment");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (settings.allows(bare)) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Optional.of("host '" + bare + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("host '" + bare + "' resolves to a local or private address ("
                        + address.getHostAddress() + "), which webhooks may not call");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (carrier NAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        // IPv6 (IPv4-mapped addresses are read as IPv4 by InetAddress): unique-local fc00::/7 is private.
        return ((b[0] & 0xff) & 0xfe) != 0xfc;
    }
}
