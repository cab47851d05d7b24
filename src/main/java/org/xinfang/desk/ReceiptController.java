package org.xinfang.desk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casefile.Actors;
import org.xinfang.web.NotFound;

/** The receipt of a registration at the desk, read once by its registrar to hand over or print. */
@RestController
@RequestMapping(path = "/api/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信访事项")
class ReceiptController {

  private final RegistrationReceipts receipts;
  private final Actors actors;

  ReceiptController(RegistrationReceipts receipts, Actors actors) {
    this.receipts = receipts;
    this.actors = actors;
  }

  @PostMapping("/{registrationId}/receipt")
  @Operation(summary = "领取登记回执",
      description = "在信访室登记台登记的事项，登记人领取其事项编号和查询码。查询码只返回这一次，之后不再显示。")
  @ApiResponse(responseCode = "200", description = "登记回执")
  @ApiResponse(responseCode = "404", description = "回执已经领取过，或不是本人登记的事项",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  RegistrationReceipt take(@PathVariable String registrationId) {
    return receipts.take(registrationId, actors.current()).orElseThrow(ReceiptGone::new);
  }

  static final class ReceiptGone extends NotFound {
    ReceiptGone() {
      super("登记回执已经显示过，查询码不再显示；信访人可凭登记告知书上的查询码查询");
    }
  }
}
