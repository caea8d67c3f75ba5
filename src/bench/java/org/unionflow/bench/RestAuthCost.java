package org.unionflow.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;

/**
 * 2b. What authentication costs one request: the engine's password check (a salted hash of the password and the
 * user's row), the same small GET over /engine-rest with HTTP Basic (a check on every request), and over the
 * path Tasklist itself uses, {@code /camunda/api/engine}, with the session of one webapp login (no check after
 * the login; the form contract and authorizations are the engine's, so they hold on both).
 */
@RequiredArgsConstructor
final class RestAuthCost {

  static final String USER = "ps-officer1";
  /** A task query that finds nothing: what is left of the request is HTTP, security and the engine's check. */
  private static final String QUERY = "/task?processInstanceId=none";

  private final BenchApp app;
  private final Scale scale;
  private final Results results;

  void measure() throws IOException, InterruptedException {
    int repeats = scale.repeats() * 5;
    IdentityService identity = app.engine().getIdentityService();
    List<Double> checks = timed(repeats, () -> {
      if (!identity.checkPassword(USER, app.demoPassword())) {
        throw new IllegalStateException("The demo password of " + USER + " is refused");
      }
    });
    HttpClient basic = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String credentials = "Basic " + Base64.getEncoder()
        .encodeToString((USER + ":" + app.demoPassword()).getBytes(StandardCharsets.UTF_8));
    List<Double> basicGets = timed(repeats, () -> expectOk(basic, HttpRequest.newBuilder(
        URI.create(app.baseUrl() + "/engine-rest" + QUERY)).header("Authorization", credentials).GET().build()));
    CookieManager cookies = new CookieManager();
    HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
    logIn(session, cookies);
    List<Double> sessionGets = timed(repeats, () -> expectOk(session, HttpRequest.newBuilder(
        URI.create(app.baseUrl() + "/camunda/api/engine/engine/default" + QUERY)).GET().build()));
    double check = Stats.percentile(checks, 50);
    double basicGet = Stats.percentile(basicGets, 50);
    results.add("rest-auth", "password check (engine)", "p50", check, "ms");
    results.add("rest-auth", "GET over /engine-rest, HTTP Basic", "p50", basicGet, "ms");
    results.add("rest-auth", "GET over /engine-rest, HTTP Basic", "p95", Stats.percentile(basicGets, 95), "ms");
    results.add("rest-auth", "GET over /camunda/api/engine, session", "p50", Stats.percentile(sessionGets, 50), "ms");
    results.add("rest-auth", "GET over /camunda/api/engine, session", "p95", Stats.percentile(sessionGets, 95),
        "ms");
    results.add("rest-auth", "password check in a Basic GET", "share", check / basicGet, "x");
  }

  /** The webapp login as Tasklist's login page does it: the CSRF cookie of a first page, then the form. */
  private void logIn(HttpClient session, CookieManager cookies) throws IOException, InterruptedException {
    expectOk(session, HttpRequest.newBuilder(URI.create(app.baseUrl() + "/camunda/app/tasklist/default/")).GET()
        .build());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie"));
    String form = "username=" + URLEncoder.encode(USER, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(app.demoPassword(), StandardCharsets.UTF_8);
    expectOk(session, HttpRequest.newBuilder(URI.create(app.baseUrl()
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private static void expectOk(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
      }
    } catch (IOException failure) {
      throw new IllegalStateException(request.uri() + ": " + failure, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** Milliseconds of each run after three warm-up runs. */
  private static List<Double> timed(int repeats, Runnable work) {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < repeats + 3; i++) {
      long start = System.nanoTime();
      work.run();
      if (i >= 3) {
        millis.add(Stats.millisSince(start));
      }
    }
    return millis;
  }
}
