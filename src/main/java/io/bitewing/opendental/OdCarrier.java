package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A carrier as Open Dental's Carriers API shows it, in its field order; text Bitewing lacks reads "". */
@Schema(name = "OpenDental.Carrier", description = "An insurance carrier in Open Dental's shape.")
record OdCarrier(
        @JsonProperty("CarrierNum") long carrierNum,
        @JsonProperty("CarrierName") String carrierName,
        @JsonProperty("Address") String address,
        @JsonProperty("Address2") String address2,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Zip") String zip,
        @JsonProperty("Phone") String phone,

        @JsonProperty("ElectID") @Schema(description = "Payer id for electronic claims.")
        String electId,

        @JsonProperty("NoSendElect") @Schema(description = "SendElect, NoSendElect or NoSendSecondaryElect.")
        String noSendElect,

        @JsonProperty("IsHidden") @Schema(description = "\"true\" or \"false\".")
        String isHidden) {}
