import { Container, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ActForCooperative } from "../../../components/cooperatives/act-for-cooperative"
import { BankDetailsForm } from "../../../components/cooperatives/bank-details-form"
import { VendorActivity } from "../../../components/cooperatives/vendor-activity"
import { VendorApplication } from "../../../components/cooperatives/vendor-application"
import { VendorCertifications } from "../../../components/cooperatives/vendor-certifications"
import { VendorCommissionRates } from "../../../components/cooperatives/vendor-commission-rates"
import { VendorDecisionLog } from "../../../components/cooperatives/vendor-decision-log"
import { VendorDecisionPanel } from "../../../components/cooperatives/vendor-decision-panel"
import { VendorMembers } from "../../../components/cooperatives/vendor-members"
import { VendorRecordForm } from "../../../components/cooperatives/vendor-record-form"
import { useVendor } from "../../../hooks/vendors"

/** Everything a cooperative sent, its members, certifications and decisions, and the decision buttons. */
const CooperativeDetailPage = () => {
  const { id = "" } = useParams()
  const { data, error } = useVendor(id)

  if (!data) {
    return (
      <Container>
        {error ? <Text className="text-ui-fg-error">{error.message}</Text> : <Text>Loading…</Text>}
      </Container>
    )
  }
  const { vendor } = data
  // keyed by cooperative: forms never carry one cooperative's typing over to the next
  return (
    <div key={vendor.id} className="flex flex-col gap-4">
      <VendorDecisionPanel vendor={vendor} />
      <VendorApplication vendor={vendor} />
      <VendorRecordForm vendor={vendor} />
      <BankDetailsForm vendor={vendor} />
      <VendorCommissionRates vendorId={vendor.id} />
      <VendorMembers vendorId={vendor.id} members={vendor.members} />
      <VendorCertifications vendorId={vendor.id} certifications={vendor.certifications} />
      {vendor.status === "approved" && <ActForCooperative vendorId={vendor.id} vendorName={vendor.name} />}
      <VendorActivity vendorId={vendor.id} />
      <VendorDecisionLog decisions={vendor.decisions} />
    </div>
  )
}

export default CooperativeDetailPage
