import { errorMessage } from '@/api/client'
import { useCategories } from '@/api/ledgerQueries'
import { Alert } from '@/components/Alert'
import { PageHeader } from '@/components/PageHeader'
import { Skeleton } from '@/components/Skeleton'
import { usePageTitle } from '@/hooks/usePageTitle'
import { CategoryTree } from './CategoryTree'
import { RulesPanel } from './RulesPanel'

export function CategoriesPage() {
  usePageTitle('Categories & rules')
  const categories = useCategories()
  return (
    <>
      <PageHeader title="Categories & rules" description="How transactions are sorted, and the rules you teach FinCoach." />
      {categories.isPending ? (
        <Skeleton className="h-64" />
      ) : categories.isError ? (
        <Alert>{errorMessage(categories.error)}</Alert>
      ) : (
        <div className="grid items-start gap-6 *:min-w-0 lg:grid-cols-2">
          <CategoryTree categories={categories.data} />
          <RulesPanel categories={categories.data} />
        </div>
      )}
    </>
  )
}
