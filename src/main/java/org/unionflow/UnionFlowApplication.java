package org.unionflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UnionFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(UnionFlowApplication.class, args);
  }
}
