import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminUser, DetailWidgetProps } from "@medusajs/framework/types"
import { Checkbox, Container, Heading, Label, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../lib/sdk"

const ROLES = [
  { role: "cooperative_support", label: "Act for cooperatives (products, parcels, members, profile)" },
  { role: "staff_admin", label: "Give and take staff roles" },
]

const rolesOf = (metadata: Record<string, unknown> | null | undefined): string[] =>
  Array.isArray(metadata?.bazaar_roles) ? (metadata.bazaar_roles as string[]) : []

/**
 * A staff user's marketplace roles, on their page in Settings → Users. Staff administrators tick
 * them; others read them (the backend refuses anyone else's change, see guard-staff-roles.ts).
 */
const StaffRolesWidget = ({ data: user }: DetailWidgetProps<AdminUser>) => {
  const queryClient = useQueryClient()
  const me = useQuery({ queryKey: ["bazaar_me"], queryFn: () => sdk.admin.user.me() })
  const current = useQuery({
    queryKey: ["bazaar_user_roles", user.id],
    queryFn: () => sdk.admin.user.retrieve(user.id),
  })
  const save = useMutation<unknown, FetchError, string[]>({
    mutationFn: (roles) =>
      sdk.admin.user.update(user.id, {
        metadata: { ...(current.data?.user.metadata ?? {}), bazaar_roles: roles },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["bazaar_user_roles", user.id] }),
  })
  const roles = rolesOf(current.data?.user.metadata)
  const canGrant = rolesOf(me.data?.user.metadata).includes("staff_admin")

  return (
    <Container className="flex flex-col gap-3" data-testid="staff-roles">
      <Heading level="h2">Marketplace roles</Heading>
      {ROLES.map(({ role, label }) => (
        <div key={role} className="flex items-center gap-2">
          <Checkbox
            id={`role-${role}`}
            checked={roles.includes(role)}
            disabled={!canGrant || save.isPending || !current.data}
            onCheckedChange={(checked) =>
              save.mutate(checked ? [...roles, role] : roles.filter((held) => held !== role))
            }
          />
          <Label htmlFor={`role-${role}`}>{label}</Label>
        </div>
      ))}
      {!canGrant && (
        <Text size="small" className="text-ui-fg-subtle">
          Only a staff administrator can change these.
        </Text>
      )}
      {save.isError && (
        <Text role="alert" className="text-ui-fg-error">
          {save.error.message}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "user.details.after" })

export default StaffRolesWidget
